package ae.mysteryshopper.device

import android.Manifest
import android.app.Activity
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.location.Location
import android.location.LocationListener
import android.location.LocationManager
import android.net.Uri
import android.os.Build
import android.os.CancellationSignal
import android.os.Handler
import android.os.Looper
import androidx.activity.ComponentActivity
import androidx.activity.result.ActivityResultLauncher
import androidx.activity.result.contract.ActivityResultContract
import androidx.activity.result.contract.ActivityResultContracts
import androidx.core.content.ContextCompat
import androidx.core.content.FileProvider
import org.json.JSONObject
import java.io.File
import java.util.UUID

/**
 * The Mystery Shopper app's bridge to Android, called from Rust over JNI
 * (`src/platform/native/mod.rs`). Every call returns at once: anything that
 * takes time (a location fix, the camera) is started by one call and its
 * answer is collected by another, which returns null until it is there.
 * Answers are small JSON documents; errors are short codes the app puts in words.
 */
class DevicePlugin(private val activity: Activity) {
    private val main = Handler(Looper.getMainLooper())

    @Volatile private var location: String? = null
    @Volatile private var photo: String? = null
    private var requests = 0

    /** The app's private files directory: where its SQLite file and photos live. */
    fun filesDir(): String = activity.filesDir.absolutePath

    // ---- Location ----

    /** Starts a fix (asking for the permission first if need be): "" once started. */
    fun startLocation(highAccuracy: Boolean, timeoutMs: Long): String {
        location = null
        val permissions = arrayOf(Manifest.permission.ACCESS_FINE_LOCATION, Manifest.permission.ACCESS_COARSE_LOCATION)
        if (permissions.any { granted(it) }) {
            main.post { locate(highAccuracy, timeoutMs) }
            return ""
        }
        val component = activity as? ComponentActivity ?: return "unavailable"
        main.post {
            askFor(component, permissions) { anyGranted ->
                if (anyGranted) locate(highAccuracy, timeoutMs) else location = error("denied")
            }
        }
        return ""
    }

    /** The fix as `{"latitude","longitude","accuracy_m"}` or `{"error"}`; null while waiting. */
    fun locationResult(): String? = location

    private fun locate(highAccuracy: Boolean, timeoutMs: Long) {
        val manager = activity.getSystemService(Context.LOCATION_SERVICE) as? LocationManager
        val provider = when {
            manager == null -> null
            highAccuracy && manager.isProviderEnabled(LocationManager.GPS_PROVIDER) -> LocationManager.GPS_PROVIDER
            manager.isProviderEnabled(LocationManager.NETWORK_PROVIDER) -> LocationManager.NETWORK_PROVIDER
            manager.isProviderEnabled(LocationManager.GPS_PROVIDER) -> LocationManager.GPS_PROVIDER
            else -> null
        }
        if (manager == null || provider == null) {
            location = error("unavailable")
            return
        }
        val cancel = CancellationSignal()
        main.postDelayed({
            if (location == null) {
                cancel.cancel()
                location = error("timeout")
            }
        }, timeoutMs)
        try {
            if (Build.VERSION.SDK_INT >= 30) {
                manager.getCurrentLocation(provider, cancel, activity.mainExecutor) { found ->
                    if (location == null) location = found?.let(::positionJson) ?: error("unavailable")
                }
            } else {
                val listener = object : LocationListener {
                    override fun onLocationChanged(found: Location) {
                        if (location == null) location = positionJson(found)
                        manager.removeUpdates(this)
                    }
                }
                cancel.setOnCancelListener { manager.removeUpdates(listener) }
                manager.requestLocationUpdates(provider, 0L, 0f, listener, Looper.getMainLooper())
            }
        } catch (e: SecurityException) {
            location = error("denied")
        }
    }

    private fun positionJson(found: Location): String {
        val json = JSONObject()
        json.put("latitude", found.latitude)
        json.put("longitude", found.longitude)
        if (found.hasAccuracy()) json.put("accuracy_m", found.accuracy.toDouble())
        return json.toString()
    }

    // ---- Camera and photo library ----

    /** Opens the camera, or the photo library: "" once open. */
    fun startPhoto(fromLibrary: Boolean): String {
        val component = activity as? ComponentActivity ?: return "camera-unavailable"
        photo = null
        main.post {
            if (fromLibrary) {
                pickFromLibrary(component)
            } else {
                askFor(component, arrayOf(Manifest.permission.CAMERA)) { allowed ->
                    if (allowed) takePicture(component) else photo = error("camera-denied")
                }
            }
        }
        return ""
    }

    /** `{"path"}` of a JPEG in the cache (the app reads and removes it), `{"cancelled":true}` or `{"error"}`; null while choosing. */
    fun photoResult(): String? = photo

    private fun takePicture(component: ComponentActivity) {
        val dir = File(activity.cacheDir, "photos").apply { mkdirs() }
        val file = File(dir, "${UUID.randomUUID()}.jpg")
        val uri = try {
            FileProvider.getUriForFile(activity, "${activity.packageName}.files", file)
        } catch (e: IllegalArgumentException) {
            photo = error("camera-unavailable")
            return
        }
        try {
            launchOnce(component, "camera", ActivityResultContracts.TakePicture(), uri) { taken ->
                photo = if (taken && file.length() > 0) pathJson(file) else cancelled().also { file.delete() }
            }
        } catch (e: Exception) {
            photo = error("camera-unavailable")
        }
    }

    private fun pickFromLibrary(component: ComponentActivity) {
        launchOnce(component, "library", ActivityResultContracts.GetContent(), "image/*") { uri: Uri? ->
            photo = if (uri == null) cancelled() else copyToCache(uri)
        }
    }

    private fun copyToCache(uri: Uri): String {
        val dir = File(activity.cacheDir, "photos").apply { mkdirs() }
        val file = File(dir, "${UUID.randomUUID()}.img")
        return try {
            activity.contentResolver.openInputStream(uri).use { input ->
                if (input == null) return error("unreadable")
                file.outputStream().use { output -> input.copyTo(output) }
            }
            pathJson(file)
        } catch (e: Exception) {
            file.delete()
            error("unreadable")
        }
    }

    // ---- Sharing ----

    /** Offers a file of the app's (an export) to other apps: "" once the share sheet is open. */
    fun shareFile(path: String, mime: String): String {
        val uri = try {
            FileProvider.getUriForFile(activity, "${activity.packageName}.files", File(path))
        } catch (e: IllegalArgumentException) {
            return "not-shareable"
        }
        val send = Intent(Intent.ACTION_SEND)
            .setType(mime)
            .putExtra(Intent.EXTRA_STREAM, uri)
            .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        main.post { activity.startActivity(Intent.createChooser(send, null)) }
        return ""
    }

    // ---- Helpers ----

    private fun granted(permission: String) =
        ContextCompat.checkSelfPermission(activity, permission) == PackageManager.PERMISSION_GRANTED

    /** Asks for permissions through the activity's result registry; `then(true)` when any was granted. */
    private fun askFor(component: ComponentActivity, permissions: Array<String>, then: (Boolean) -> Unit) {
        if (permissions.any { granted(it) }) {
            then(true)
            return
        }
        launchOnce(component, "permission", ActivityResultContracts.RequestMultiplePermissions(), permissions) { result ->
            then(result.values.any { it })
        }
    }

    /** Starts an activity for its result through the registry, and unregisters once the result is in. */
    private fun <I, O> launchOnce(
        component: ComponentActivity,
        what: String,
        contract: ActivityResultContract<I, O>,
        input: I,
        then: (O) -> Unit,
    ) {
        var launcher: ActivityResultLauncher<I>? = null
        launcher = component.activityResultRegistry.register(key(what), contract) { result ->
            launcher?.unregister()
            then(result)
        }
        launcher.launch(input)
    }

    private fun key(what: String): String {
        requests += 1
        return "mystery-shopper-$what-$requests"
    }

    private fun pathJson(file: File) = JSONObject().put("path", file.absolutePath).toString()

    private fun cancelled() = JSONObject().put("cancelled", true).toString()

    private fun error(code: String) = JSONObject().put("error", code).toString()
}
