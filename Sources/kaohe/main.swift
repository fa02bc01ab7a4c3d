import ArgumentParser
import Foundation

import KaoheDiagnostics

/// `--lang zh|en` may stand anywhere on the command line; it is taken out before parsing and
/// sets the language of every message for the whole run (else LC_ALL, LC_MESSAGES, LANG decide).
var arguments = Array(CommandLine.arguments.dropFirst())
var flag: String?
if let i = arguments.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
  if arguments[i] == "--lang" {
    flag = i + 1 < arguments.count ? arguments[i + 1] : nil
    arguments.removeSubrange(i..<min(arguments.count, i + 2))
  } else {
    flag = String(arguments[i].dropFirst("--lang=".count))
    arguments.remove(at: i)
  }
  if flag.flatMap(Language.init(code:)) == nil {
    let message = L10n.$language.withValue(Language.detect()) {
      L10n.t("error") + ": " + L10n.t("--lang takes zh or en, not '{0}'", flag ?? "")
    }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(64)
  }
}
L10n.$language.withValue(Language.detect(flag: flag)) {
  if L10n.language == .en {
    KaoheCommand.main(arguments)
  } else {
    KaoheCommand.mainInCurrentLanguage(arguments)
  }
}
