extension CalendarDate {
  /// "30 Sep 2024".
  public var readable: String {
    let (year, month, day) = components
    let name = MonthName.short[month - 1].utf8
    // Written straight into the string's bytes, with no string made for each part: minutes
    // write one for tens of thousands of actions.
    return String(unsafeUninitializedCapacity: name.count + 44) { bytes in
      var count = 0
      func append(_ byte: UInt8) {
        bytes[count] = byte
        count += 1
      }
      /// `number` in decimal, as `String(number)` writes it.
      func append(number: Int) {
        if number < 0 { append(UInt8(ascii: "-")) }
        let start = count
        var rest = number.magnitude
        repeat {
          append(UInt8(ascii: "0") + UInt8(rest % 10))
          rest /= 10
        } while rest > 0
        bytes[start..<count].reverse()
      }
      append(number: day)
      append(UInt8(ascii: " "))
      for byte in name { append(byte) }
      append(UInt8(ascii: " "))
      append(number: year)
      return count
    }
  }
}

extension PlanDate {
  /// "30 Sep 2024", or "Sep 2024" for a month.
  public var readable: String {
    let (year, month, _) = date.components
    return precision == .month ? "\(MonthName.short[month - 1]) \(year)" : date.readable
  }
}

extension DueDate {
  /// "30 Sep 2024", "Sep 2024", "ongoing" or "to be confirmed".
  public var readable: String {
    switch self {
    case .date(let date): date.readable
    case .ongoing: "ongoing"
    case .tbc: "to be confirmed"
    }
  }
}
