import Foundation
import KaoheDiagnostics

/// Writes files atomically: to a temporary file beside the target, flushed, then renamed.
/// An existing file is kept unless overwriting is asked for.
public enum AtomicFile {
  /// Writes `text` to `path`; throws a `ShellError` that names the file and the fix.
  public static func write(_ text: String, to path: String, overwrite: Bool) throws(ShellError) {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
      throw ShellError(L10n.t("cannot write {0}: the folder {1} does not exist", path, directory), hint: L10n.t("create it first, or choose another path"))
    }
    if !overwrite, FileManager.default.fileExists(atPath: path) {
      throw ShellError(L10n.t("{0} already exists", path), hint: L10n.t("add --force to overwrite it, or choose another name"))
    }
    let temporary = directory + "/." + url.lastPathComponent + ".kaohe-tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else {
      throw ShellError(L10n.t("cannot write {0}: {1}", path, String(cString: strerror(errno))), hint: L10n.t("check that the folder is writable"))
    }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
      if n <= 0 {
        let reason = String(cString: strerror(errno))
        close(fd)
        unlink(temporary)
        throw ShellError(L10n.t("cannot write {0}: {1}", path, reason), hint: L10n.t("free some disk space or choose another folder"))
      }
      written += n
    }
    let synced = fsync(fd) == 0
    close(fd)
    guard synced, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw ShellError(L10n.t("cannot write {0}: {1}", path, reason))
    }
  }
}
