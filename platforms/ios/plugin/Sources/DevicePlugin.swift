import CoreLocation
import Foundation
import UIKit

/// The Mystery Shopper app's bridge to iOS, called from Rust through the
/// Objective-C runtime (`src/platform/native/mod.rs`). Every call returns at
/// once: anything that takes time (a location fix, the camera) is started by
/// one call and its answer collected by another, which returns nil until it
/// is there. Answers are small JSON documents; errors are short codes the
/// app puts in words.
@objc(DevicePlugin)
public class DevicePlugin: NSObject, CLLocationManagerDelegate, UIImagePickerControllerDelegate,
    UINavigationControllerDelegate
{
    private var manager: CLLocationManager?
    private var location: String?
    private var photo: String?
    private var wantsFix = false
    private var timeout: DispatchWorkItem?

    public override init() {
        super.init()
    }

    /// Application Support inside the app's sandbox: where its SQLite file and photos live.
    @objc public func filesDir() -> String {
        let urls = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)
        guard let url = urls.first else { return "" }
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    // MARK: Location

    /// Starts a fix (asking for the permission first if need be): "" once started.
    @objc public func startLocation(_ highAccuracy: Bool, _ timeoutMs: Int64) -> String {
        location = nil
        guard CLLocationManager.locationServicesEnabled() else { return "unavailable" }
        DispatchQueue.main.async {
            let manager = self.manager ?? CLLocationManager()
            self.manager = manager
            manager.delegate = self
            manager.desiredAccuracy = highAccuracy ? kCLLocationAccuracyBest : kCLLocationAccuracyHundredMeters
            self.wantsFix = true
            let expire = DispatchWorkItem { [weak self] in
                guard let self = self, self.location == nil else { return }
                self.wantsFix = false
                self.location = Self.error("timeout")
            }
            self.timeout?.cancel()
            self.timeout = expire
            DispatchQueue.main.asyncAfter(deadline: .now() + .milliseconds(Int(timeoutMs)), execute: expire)
            self.requestOrLocate(manager)
        }
        return ""
    }

    /// The fix as `{"latitude","longitude","accuracy_m"}` or `{"error"}`; nil while waiting.
    @objc public func locationResult() -> String? {
        return location
    }

    private func requestOrLocate(_ manager: CLLocationManager) {
        switch manager.authorizationStatus {
        case .notDetermined:
            manager.requestWhenInUseAuthorization()
        case .denied, .restricted:
            finish(Self.error("denied"))
        default:
            manager.requestLocation()
        }
    }

    public func locationManagerDidChangeAuthorization(_ manager: CLLocationManager) {
        guard wantsFix, manager.authorizationStatus != .notDetermined else { return }
        requestOrLocate(manager)
    }

    public func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        guard wantsFix, let found = locations.last else { return }
        var answer: [String: Any] = ["latitude": found.coordinate.latitude, "longitude": found.coordinate.longitude]
        if found.horizontalAccuracy >= 0 {
            answer["accuracy_m"] = found.horizontalAccuracy
        }
        finish(Self.json(answer))
    }

    public func locationManager(_ manager: CLLocationManager, didFailWithError error: Error) {
        guard wantsFix else { return }
        let denied = (error as? CLError)?.code == .denied
        finish(Self.error(denied ? "denied" : "unavailable"))
    }

    private func finish(_ answer: String) {
        wantsFix = false
        timeout?.cancel()
        location = answer
    }

    // MARK: Camera and photo library

    /// Opens the camera, or the photo library: "" once open.
    @objc public func startPhoto(_ fromLibrary: Bool) -> String {
        photo = nil
        let source: UIImagePickerController.SourceType = fromLibrary ? .photoLibrary : .camera
        guard UIImagePickerController.isSourceTypeAvailable(source) else { return "camera-unavailable" }
        DispatchQueue.main.async {
            guard let top = Self.topViewController() else {
                self.photo = Self.error("camera-unavailable")
                return
            }
            let picker = UIImagePickerController()
            picker.sourceType = source
            picker.delegate = self
            top.present(picker, animated: true)
        }
        return ""
    }

    /// `{"path"}` of a JPEG in the temporary directory (the app reads and
    /// removes it), `{"cancelled":true}` or `{"error"}`; nil while choosing.
    @objc public func photoResult() -> String? {
        return photo
    }

    public func imagePickerController(
        _ picker: UIImagePickerController,
        didFinishPickingMediaWithInfo info: [UIImagePickerController.InfoKey: Any]
    ) {
        picker.dismiss(animated: true)
        guard let image = info[.originalImage] as? UIImage, let data = image.jpegData(compressionQuality: 0.9) else {
            photo = Self.error("unreadable")
            return
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".jpg")
        do {
            try data.write(to: file)
            photo = Self.json(["path": file.path])
        } catch {
            photo = Self.error("unreadable")
        }
    }

    public func imagePickerControllerDidCancel(_ picker: UIImagePickerController) {
        picker.dismiss(animated: true)
        photo = Self.json(["cancelled": true])
    }

    // MARK: Sharing

    /// Offers a file of the app's (an export) to other apps: "" once the share sheet is open.
    @objc public func shareFile(_ path: String, _ mime: String) -> String {
        guard FileManager.default.fileExists(atPath: path) else { return "not-shareable" }
        DispatchQueue.main.async {
            guard let top = Self.topViewController() else { return }
            let sheet = UIActivityViewController(activityItems: [URL(fileURLWithPath: path)], applicationActivities: nil)
            sheet.popoverPresentationController?.sourceView = top.view
            top.present(sheet, animated: true)
        }
        return ""
    }

    // MARK: Helpers

    private static func topViewController() -> UIViewController? {
        let scenes = UIApplication.shared.connectedScenes.compactMap { $0 as? UIWindowScene }
        let window = scenes.flatMap { $0.windows }.first { $0.isKeyWindow }
        var top = window?.rootViewController
        while let presented = top?.presentedViewController {
            top = presented
        }
        return top
    }

    private static func json(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object),
            let text = String(data: data, encoding: .utf8)
        else { return "{\"error\":\"unavailable\"}" }
        return text
    }

    private static func error(_ code: String) -> String {
        return json(["error": code])
    }
}
