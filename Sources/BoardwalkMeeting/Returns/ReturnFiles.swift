import BoardwalkCore
import Foundation

/// A return cycle: the month a lead's return is for, written `YYYY-MM`.
public struct ReturnCycle: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int

  /// Reads `YYYY-MM`; `nil` for anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
    else { return nil }
    self.year = year
    self.month = month
  }

  /// The month `day` falls in.
  public init(containing day: CalendarDate) {
    year = day.year
    month = day.month
  }

  public var description: String {
    String(format: "%04d-%02d", year, month)
  }

  public static func < (lhs: ReturnCycle, rhs: ReturnCycle) -> Bool {
    (lhs.year, lhs.month) < (rhs.year, rhs.month)
  }
}

/// Where leads' returns live: `FOLDER/CYCLE/LEAD-SLUG.jsonl`, one file per lead per cycle,
/// so a shared drive or a git repository carries many leads' returns without a conflict.
public enum ReturnFiles {
  /// The folder returns go in when none is given.
  public static let defaultFolder = "returns"

  /// A safe file name for a lead: letters and digits in lower case (accents dropped), every
  /// other run of characters one hyphen, none at either end: "Head of SEND" is
  /// `head-of-send`, "Zoë Hampton, Head of Commissioning" `zoe-hampton-head-of-commissioning`.
  /// A name with no letter or digit is `lead`.
  public static func slug(_ lead: String) -> String {
    let folded = lead.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var slug = ""
    var pendingHyphen = false
    for scalar in folded.unicodeScalars {
      let isSafe =
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
      if isSafe {
        if pendingHyphen && !slug.isEmpty { slug += "-" }
        pendingHyphen = false
        slug.unicodeScalars.append(scalar)
      } else {
        pendingHyphen = true
      }
    }
    let limited = String(slug.prefix(80))
    let trimmed = limited.hasSuffix("-") ? String(limited.dropLast()) : limited
    return trimmed.isEmpty ? "lead" : trimmed
  }

  /// The return file of `lead` for `cycle` in `folder`.
  public static func path(folder: String, cycle: ReturnCycle, lead: String) -> String {
    let base = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
    return "\(base)/\(cycle)/\(slug(lead)).jsonl"
  }
}
