import Foundation

/// How text is compared when searching and matching owners: lower-cased and in Unicode
/// normal form C, so `Café`, `café` and `cafe` + combining acute all match `café`. The one
/// place that decides it, for the haystack and the needle alike.
public enum SearchFolding {
  public static func fold(_ text: String) -> String {
    let lower = text.lowercased()
    // Pure ASCII is already in normal form C: skip the costly step.
    guard lower.utf8.contains(where: { $0 >= 0x80 }) else { return lower }
    return lower.precomposedStringWithCanonicalMapping
  }
}
