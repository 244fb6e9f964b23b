/// Output that does not have the shape the spec promises.
struct OutputShapeError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) {
    self.description = description
  }
}
