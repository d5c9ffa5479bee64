// swift-tools-version:5.9
// The app's native plugin for iOS: camera and photo library, location, the
// app's Application Support directory and sharing a file. `dx` builds this
// package and bundles it with the app (see `src/platform/native/mod.rs`);
// the product's name is the Rust type's, `DevicePlugin`.
import PackageDescription

let package = Package(
    name: "DevicePlugin",
    platforms: [.iOS(.v16)],
    products: [
        .library(name: "DevicePlugin", type: .static, targets: ["DevicePlugin"]),
    ],
    targets: [
        .target(
            name: "DevicePlugin",
            path: "Sources",
            linkerSettings: [
                .linkedFramework("CoreLocation"),
                .linkedFramework("UIKit"),
                .linkedFramework("Foundation"),
            ]
        ),
    ]
)
