import BoardwalkCore

/// The filter parser's properties, for any text (the bytes read as UTF-8, invalid
/// sequences replaced). Positions count characters from 0, as `FilterError` does.
///
/// 1. `FilterParser.parse` returns or throws a `FilterError`: it never crashes.
/// 2. An error's position is within the text (0 through its length) and its message is
///    not empty.
/// 3. When the text parses, its canonical form parses back to the same expression:
///    `parse(expression.description) == expression`, and the canonical form of that is
///    the same text (canonical forms are fixed points). Every term's value ranges lie
///    within the text.
/// 4. Compiling the expression against a small fixed store either works or throws an
///    error positioned within the text; when it works, evaluating it never crashes, and
///    keeps exactly the actions every one of its terms keeps on its own; and each term and
///    the same term negated keep complementary sets of actions.
public func checkFilterParserProperties(_ bytes: [UInt8]) {
  let text = String(decoding: bytes, as: UTF8.self)
  let length = Array(text).count
  let expression: FilterExpression
  do {
    expression = try FilterParser.parse(text)
  } catch {
    require(
      (0...length).contains(error.position) && !error.message.isEmpty,
      "a filter error has a position within the text and a message",
      "\(error) for \(shown(text)) of \(length) characters")
    return
  }
  for term in expression.terms {
    for range in term.valueRanges {
      require(
        range.lowerBound >= 0 && range.upperBound <= length,
        "a term's value ranges lie within the text", "\(range) in \(shown(text))")
    }
  }
  let canonical = expression.description
  let again: FilterExpression
  do {
    again = try FilterParser.parse(canonical)
  } catch {
    propertyFailure(
      "a filter's canonical form parses",
      "\(shown(text)) has canonical form \(shown(canonical)), which fails: \(error)")
  }
  require(
    again == expression, "a filter's canonical form parses back to the same expression",
    "\(shown(text)) has canonical form \(shown(canonical)), which reads as \(again.terms)")
  require(
    again.description == canonical, "a canonical form is its own canonical form",
    "\(shown(canonical)) then \(shown(again.description))")
  checkCompiledFilter(expression, text: text, length: length)
}

private func checkCompiledFilter(_ expression: FilterExpression, text: String, length: Int) {
  let store = FixedStore.store
  let compiled: CompiledFilter
  do {
    compiled = try CompiledFilter(expression, store: store)
  } catch {
    require(
      (0...length).contains(error.position) && !error.message.isEmpty,
      "a filter's compile error has a position within the text and a message",
      "\(error) for \(shown(text))")
    return
  }
  let kept = compiled.evaluate(in: store, today: FixedStore.today)
  var everyTerm = store.allActions
  for term in expression.terms {
    var negated = term
    negated.isNegated.toggle()
    guard
      let alone = try? CompiledFilter(FilterExpression(terms: [term]), store: store),
      let opposite = try? CompiledFilter(FilterExpression(terms: [negated]), store: store)
    else {
      propertyFailure(
        "a term of a filter that compiles compiles alone", "\(term) in \(shown(text))")
    }
    let keeps = alone.evaluate(in: store, today: FixedStore.today)
    let keepsNot = opposite.evaluate(in: store, today: FixedStore.today)
    var both = keeps
    both.formIntersection(keepsNot)
    var either = keeps
    either.formUnion(keepsNot)
    require(
      both.isEmpty && either == store.allActions,
      "a term and its negation keep complementary actions", "\(term) in \(shown(text))")
    everyTerm.formIntersection(keeps)
  }
  require(
    kept == everyTerm, "a filter keeps exactly what each of its terms keeps",
    "\(Array(kept)) against \(Array(everyTerm)) for \(shown(text))")
}
