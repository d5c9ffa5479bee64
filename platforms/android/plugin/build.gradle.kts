// The app's native plugin for Android: camera and photo library, location,
// the app's files directory and sharing a file. `dx` adds this folder to the
// Android build as a Gradle module (see `src/platform/native/mod.rs`), and
// merges its manifest (the FileProvider) into the app's.
plugins {
    id("com.android.library")
    kotlin("android")
}

android {
    namespace = "ae.mysteryshopper.device"
    compileSdk = 34

    defaultConfig {
        minSdk = 26
        consumerProguardFiles("consumer-rules.pro")
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    kotlinOptions {
        jvmTarget = "17"
    }
}

dependencies {
    implementation("androidx.core:core-ktx:1.12.0")
    implementation("androidx.activity:activity-ktx:1.9.3")
}
