import Foundation

/// Stops the process when a property does not hold, naming the property and what was seen.
///
/// The message goes to standard error first, because a release build (the fuzzers) drops
/// the message of a `preconditionFailure`; then the failure traps, so libFuzzer records
/// the input that caused it and a test run stops on it.
func propertyFailure(_ property: String, _ detail: String) -> Never {
  let message = "property failed: \(property): \(detail)\n"
  FileHandle.standardError.write(Data(message.utf8))
  preconditionFailure(message)
}

/// Fails with `property` unless `condition` holds.
func require(
  _ condition: Bool, _ property: @autoclosure () -> String,
  _ detail: @autoclosure () -> String = ""
) {
  if !condition { propertyFailure(property(), detail()) }
}

/// A string shown with its scalars visible, for failure messages.
func shown(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    if scalar.isASCII, scalar.value >= 0x20, scalar.value != 0x7F, scalar != "\"",
      scalar != "\\"
    {
      result.unicodeScalars.append(scalar)
    } else {
      result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
  }
  return result + "\""
}
