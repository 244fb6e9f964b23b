/// Compares identifiers as people read them: runs of digits by value, so `1.2` comes
/// before `1.10` and `AfI2` before `AfI10`; letters without regard to case.
public enum NaturalOrder {
  public static func precedes(_ left: String, _ right: String) -> Bool {
    var a = left.lowercased().unicodeScalars.makeIterator()
    var b = right.lowercased().unicodeScalars.makeIterator()
    var nextA = a.next()
    var nextB = b.next()
    while let x = nextA, let y = nextB {
      if x.properties.numericType != nil, y.properties.numericType != nil, x.isASCII, y.isASCII {
        var numberA = 0
        var numberB = 0
        var digitsA = 0
        var digitsB = 0
        while let digit = nextA, digit.isASCII, let value = Int(String(digit)) {
          numberA = numberA &* 10 &+ value
          digitsA += 1
          nextA = a.next()
        }
        while let digit = nextB, digit.isASCII, let value = Int(String(digit)) {
          numberB = numberB &* 10 &+ value
          digitsB += 1
          nextB = b.next()
        }
        if numberA != numberB { return numberA < numberB }
        if digitsA != digitsB { return digitsA < digitsB }
        continue
      }
      if x != y { return x.value < y.value }
      nextA = a.next()
      nextB = b.next()
    }
    return nextA == nil && nextB != nil
  }
}
