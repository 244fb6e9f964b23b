/// The character references cmark-gfm writes, decoded.
enum HTMLEntities {
  static func decode(_ text: String) -> String {
    var result = text.replacing(/&#(?<digits>[0-9]+);/) { match in
      Int(match.output.digits).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
    }
    result = result.replacing(/&#[xX](?<digits>[0-9a-fA-F]+);/) { match in
      Int(match.output.digits, radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        ?? ""
    }
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
      result = result.replacing(entity, with: character)
    }
    return result.replacing("&amp;", with: "&")
  }
}
