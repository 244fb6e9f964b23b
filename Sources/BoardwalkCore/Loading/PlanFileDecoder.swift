/// A string read where something else was expected, kept for the message.
private struct TextFailure: Error {
  let text: String
  init(_ text: String) { self.text = text }
}

/// Reads the bytes of one plan file into a ``DecodedPlan``, checking JSON syntax, types,
/// required and unknown fields and the form of dates, and recording every problem it can
/// find rather than stopping at the first. A syntax error ends the reading: what follows
/// it cannot be trusted.
struct PlanFileDecoder {
  /// A problem at a byte offset; turned into a ``Diagnostic`` once lines are counted.
  struct Problem {
    var severity: Diagnostic.Severity
    var offset: Int
    var pointer: String
    var message: String
  }

  private enum PathComponent {
    case key(String)
    case index(Int)
  }

  private(set) var problems: [Problem] = []
  /// The prose of the actions, laid end to end (see ``PlanText``).
  private var textBytes: [UInt8] = []
  /// Owners and sources already made into strings, by their bytes: most repeat.
  private var interned = InternTable()
  /// Lists of one owner or one source already made, by that name.
  private var singleNameLists: [String: [String]] = [:]
  private var scratch: [UInt8] = []
  private(set) var reader: JSONReader
  private var path: [PathComponent] = []
  /// Whether the field being read is one its object requires (so leaving it out is no fix).
  private var readingRequiredField = false
  /// Whether to record where each action sits in the file (``DecodedPlan/spans``).
  var recordsSpans = false
  private var spans: [ActionSpan] = []

  init(bytes: UnsafeBufferPointer<UInt8>, startingAt offset: Int = 0) {
    reader = JSONReader(bytes: bytes, offset: offset)
    path.reserveCapacity(8)
    textBytes.reserveCapacity(bytes.count * 3 / 4)
  }

  /// Reads the whole document.
  mutating func decode() throws(JSONSyntaxError) -> DecodedPlan {
    var plan = DecodedPlan()
    let documentOffset = reader.valueOffset()
    let isObject = try readObject(DocumentField.self) {
      decoder, field, offset throws(JSONSyntaxError) in
      switch field {
      case .format: plan.format = try decoder.readLocatedString()
      case .plan: plan.header = try decoder.readHeader()
      case .scales: plan.scales = try decoder.readScales()
      case .areas:
        plan.areas = try decoder.readArray { decoder throws(JSONSyntaxError) in
          try decoder.readArea()
        }
      case .actions:
        let start = decoder.reader.valueOffset()
        plan.actions = try decoder.readArray { decoder throws(JSONSyntaxError) in
          try decoder.readAction()
        }
        plan.actionsRange = start..<decoder.reader.offset
      }
    }
    if !isObject {
      problems.removeAll()
      report(
        .error, at: documentOffset,
        "a plan file must hold one JSON object ({ \"format\": \"boardwalk-plan/1\", ... }); see docs/plan-format.md"
      )
    }
    try reader.expectEnd()
    plan.text = PlanText(bytes: textBytes)
    plan.spans = spans
    return plan
  }

  // MARK: Objects

  /// Reads an object whose fields are `Field`, calling `body` for each known field with the
  /// reader at its value. Reports unknown fields (and skips them), duplicate fields, missing
  /// required fields, and a value that is not an object at all.
  /// - Returns: whether the value was an object.
  @discardableResult
  private mutating func readObject<Field: PlanField>(
    _ type: Field.Type,
    _ body: (inout PlanFileDecoder, Field, Int) throws(JSONSyntaxError) -> Void
  ) throws(JSONSyntaxError) -> Bool {
    let objectOffset = reader.valueOffset()
    guard try expect(.object, for: Field.objectName) else { return false }
    try reader.beginObject()
    var seen: UInt32 = 0
    var unknownSeen: Set<String> = []
    var first = true
    while let token = try reader.nextKey(first: &first) {
      let keyOffset = token.offset
      // Known fields are matched on the key's bytes: no string is made for them.
      let known =
        token.decoded == nil
        ? Field.field(named: reader.bytes(of: token)) : token.decoded.flatMap(Field.init)
      guard let field = known else {
        let key = reader.string(of: token)
        path.append(.key(key))
        defer { path.removeLast() }
        if !unknownSeen.insert(key).inserted {
          report(.error, at: keyOffset, "\"\(key)\" appears twice in this object; keep one")
        } else if !key.hasPrefix("x-") {
          var message = "unknown field \"\(key)\" in \(Field.objectName) is ignored"
          if let suggestion = Field.suggestion(for: key) {
            message += " (did you mean \"\(suggestion)\"?)"
          } else {
            message += "; remove it, or name it \"x-\(key)\" to keep it as an extension"
          }
          report(.warning, at: keyOffset, message)
        }
        try reader.skipValue()
        continue
      }
      path.append(.key(field.rawValue))
      defer { path.removeLast() }
      let bit = field.bit
      if seen & bit != 0 {
        report(
          .error, at: keyOffset, "\"\(field.rawValue)\" appears twice in this object; keep one")
        try reader.skipValue()
        continue
      }
      seen |= bit
      readingRequiredField = Field.required.contains(field)
      try body(&self, field, keyOffset)
    }
    for field in Field.required where seen & field.bit == 0 {
      report(.error, at: objectOffset, "\(Field.objectName) needs \"\(field.rawValue)\"; add it")
    }
    return true
  }

  /// Reads an array, calling `element` for each element with its index pushed on the path.
  private mutating func readArray<Element>(
    _ element: (inout PlanFileDecoder) throws(JSONSyntaxError) -> Element?
  ) throws(JSONSyntaxError) -> [Element] {
    guard try expect(.array, for: "a list") else { return [] }
    try reader.beginArray()
    var result: [Element] = []
    var first = true
    var index = 0
    while try reader.nextElement(first: &first) {
      path.append(.index(index))
      defer { path.removeLast() }
      if let value = try element(&self) { result.append(value) }
      index += 1
    }
    return result
  }

  // MARK: Scalars

  /// Checks the kind of the next value. On a mismatch, reports it, skips the value and
  /// returns `false`.
  private mutating func expect(_ kind: JSONValueKind, for what: String) throws(JSONSyntaxError)
    -> Bool
  {
    let offset = reader.valueOffset()
    let found = try reader.peekKind()
    if found == kind { return true }
    if found == .null {
      let instead: String
      if case .index = path.last {
        instead = ", or remove it from the list"
      } else {
        instead = readingRequiredField ? "" : ", or leave the field out"
      }
      report(.error, at: offset, "null is not allowed here; write \(kind.phrase)\(instead)")
    } else {
      let fix =
        switch (kind, found) {
        case (.string, .number), (.string, .bool): "put it in double quotes"
        case (.bool, .string): "write true or false, without quotes"
        case (.array, _): "write a list in square brackets"
        default: "write \(kind.phrase)"
        }
      report(
        .error, at: offset, "expected \(kind.phrase) for \(what), found \(found.phrase); \(fix)")
    }
    try reader.skipValue()
    return false
  }

  private mutating func readLocatedString(what: String = "this field") throws(JSONSyntaxError)
    -> DecodedPlan.Located<String>?
  {
    let offset = reader.valueOffset()
    guard try expect(.string, for: what) else { return nil }
    return DecodedPlan.Located(value: try reader.readString(), offset: offset)
  }

  /// A string of prose: any text, but control characters are worth a warning.
  private mutating func readText() throws(JSONSyntaxError) -> String? {
    guard let text = try readLocatedString() else { return nil }
    if let control = TextSafety.firstUnsafeScalar(in: text.value) {
      report(.warning, at: text.offset, Self.controlCharacterWarning(control))
    }
    return text.value
  }

  /// Prose: kept in the plan's text, with a warning for control characters.
  private mutating func readProse() throws(JSONSyntaxError) -> TextRef? {
    let offset = reader.valueOffset()
    guard try expect(.string, for: "this field") else { return nil }
    let start = textBytes.count
    let notable = try reader.readString(appendingTo: &textBytes)
    let ref = TextRef(start: start, end: textBytes.count)
    if notable { warnIfUnsafe(ref, at: offset) }
    return ref
  }

  /// A name that repeats across actions (an owner, a source): one string per spelling.
  /// An owner holding an invisible character is worth a warning: it looks like another.
  private mutating func readInterned(owner: Bool = false) throws(JSONSyntaxError) -> String? {
    let offset = reader.valueOffset()
    guard try expect(.string, for: "this field") else { return nil }
    scratch.removeAll(keepingCapacity: true)
    let notable = try reader.readString(appendingTo: &scratch)
    let name = scratch.withUnsafeBufferPointer { interned.string(for: $0) }
    if notable, let control = TextSafety.firstUnsafeScalar(in: name) {
      report(.warning, at: offset, Self.controlCharacterWarning(control))
    }
    if owner, notable, let invisible = TextSafety.firstInvisibleScalar(in: name) {
      report(.warning, at: offset, Self.invisibleCharacterWarning(invisible, in: "an owner"))
    }
    return name
  }

  private mutating func warnIfUnsafe(_ ref: TextRef, at offset: Int) {
    let mayBeUnsafe = textBytes.withUnsafeBufferPointer { buffer in
      TextSafety.mayHoldUnsafe(UnsafeBufferPointer(rebasing: buffer[ref.range]))
    }
    guard mayBeUnsafe else { return }
    let text = String(decoding: textBytes[ref.range], as: UTF8.self)
    if let control = TextSafety.firstUnsafeScalar(in: text) {
      report(.warning, at: offset, Self.controlCharacterWarning(control))
    }
  }

  /// An identifier: a non-empty string with no control characters. An id that names a plan,
  /// area or action (`declares`) holding an invisible character is worth a warning.
  private mutating func readIdentifier(
    what: String = "an id", interned: Bool = false, declares: Bool = false
  )
    throws(JSONSyntaxError)
    -> DecodedPlan.Located<String>?
  {
    let text: DecodedPlan.Located<String>
    if interned {
      // References to areas and levels repeat: one string per spelling.
      let offset = reader.valueOffset()
      guard try expect(.string, for: what) else { return nil }
      scratch.removeAll(keepingCapacity: true)
      _ = try reader.readString(appendingTo: &scratch)
      text = DecodedPlan.Located(
        value: scratch.withUnsafeBufferPointer { self.interned.string(for: $0) }, offset: offset)
    } else {
      guard let plain = try readLocatedString(what: what) else { return nil }
      text = plain
    }
    if !text.value.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
      report(.error, at: text.offset, "\(what) cannot be empty; fill it in")
      return nil
    }
    if let control = TextSafety.firstUnsafeScalar(in: text.value, allowingLineBreaks: false) {
      report(
        .error, at: text.offset,
        "\(what) cannot hold the control character \(TextSafety.name(of: control)); remove it")
      return nil
    }
    if declares, let invisible = TextSafety.firstInvisibleScalar(in: text.value) {
      report(.warning, at: text.offset, Self.invisibleCharacterWarning(invisible, in: what))
    }
    return text
  }

  private mutating func readBool() throws(JSONSyntaxError) -> Bool? {
    guard try expect(.bool, for: "this field") else { return nil }
    return try reader.readBool()
  }

  /// A list of owners or sources. A list of one name repeats (the same lead on a hundred
  /// actions): each is kept once, so 100,000 actions do not hold 100,000 one-name arrays.
  /// Longer lists are mostly combinations seen once, and are kept as read.
  private mutating func readStrings(owners: Bool = false) throws(JSONSyntaxError) -> [String] {
    let list = try readArray { decoder throws(JSONSyntaxError) in
      try decoder.readInterned(owner: owners)
    }
    guard list.count == 1 else { return list }
    if let known = singleNameLists[list[0]] { return known }
    singleNameLists[list[0]] = list
    return list
  }

  /// A date that is not `due`: `start`, a milestone's `due` (`dueText` beside it when
  /// `hasDueText`) or an update's `date`.
  private mutating func readPlanDate(hasDueText: Bool = false) throws(JSONSyntaxError)
    -> PlanDate?
  {
    let offset = reader.valueOffset()
    guard try expect(.string, for: "a date") else { return nil }
    let read = try reader.readString { bytes -> Result<PlanDate, TextFailure> in
      PlanDate(utf8: bytes).map(Result.success)
        ?? .failure(TextFailure(String(decoding: bytes, as: UTF8.self)))
    }
    switch read {
    case .success(let date): return date
    case .failure(let failure):
      do {
        return try PlanDate(parsing: failure.text)
      } catch {
        report(.error, at: offset, Self.dateMessage(error, hasDueText: hasDueText))
        return nil
      }
    }
  }

  private mutating func readDue() throws(JSONSyntaxError) -> DecodedPlan.Located<DueDate>? {
    let offset = reader.valueOffset()
    guard try expect(.string, for: "a due date") else { return nil }
    let read = try reader.readString { bytes -> Result<PlanDate, TextFailure> in
      PlanDate(utf8: bytes).map(Result.success)
        ?? .failure(TextFailure(String(decoding: bytes, as: UTF8.self)))
    }
    let text: DecodedPlan.Located<String>
    switch read {
    case .success(let date): return DecodedPlan.Located(value: .date(date), offset: offset)
    case .failure(let failure): text = DecodedPlan.Located(value: failure.text, offset: offset)
    }
    do {
      return DecodedPlan.Located(value: try DueDate(parsing: text.value), offset: text.offset)
    } catch {
      var message = Self.dateMessage(error, hasDueText: true)
      if case .notADate(_, nil) = error {
        message = "\"\(text.value)\" is not a date (use YYYY-MM-DD, YYYY-MM, ongoing or tbc)"
      }
      report(.error, at: text.offset, message)
      return nil
    }
  }

  // MARK: The parts of a plan

  private mutating func readHeader() throws(JSONSyntaxError) -> DecodedPlan.Header? {
    var header = DecodedPlan.Header(offset: reader.valueOffset())
    let isObject = try readObject(PlanHeaderField.self) {
      decoder, field, _ throws(JSONSyntaxError) in
      switch field {
      case .id: header.id = try decoder.readIdentifier(what: "a plan id", declares: true)
      case .title: header.title = try decoder.readText()
      case .organisation: header.organisation = try decoder.readText()
      case .source: header.source = try decoder.readText()
      case .fictional: header.fictional = try decoder.readBool() ?? false
      case .scale: header.scale = try decoder.readIdentifier(what: "a scale name")
      }
    }
    return isObject ? header : nil
  }

  private mutating func readScales() throws(JSONSyntaxError) -> [DecodedPlan.Scale] {
    guard try expect(.object, for: "\"scales\" (an object of scale names to lists of levels)")
    else { return [] }
    try reader.beginObject()
    var scales: [DecodedPlan.Scale] = []
    var names: Set<String> = []
    var first = true
    while let token = try reader.nextKey(first: &first) {
      let name = reader.string(of: token)
      let nameOffset = token.offset
      path.append(.key(name))
      defer { path.removeLast() }
      guard names.insert(name).inserted else {
        report(.error, at: nameOffset, "\"\(name)\" appears twice in this object; keep one")
        try reader.skipValue()
        continue
      }
      let isArray = try reader.peekKind() == .array
      let levels = try readArray { decoder throws(JSONSyntaxError) in try decoder.readLevel() }
      scales.append(
        DecodedPlan.Scale(
          name: .init(value: name, offset: nameOffset), levels: levels, isArray: isArray))
    }
    return scales
  }

  private mutating func readLevel() throws(JSONSyntaxError) -> DecodedPlan.Level? {
    var level = DecodedPlan.Level(offset: reader.valueOffset())
    let isObject = try readObject(LevelField.self) { decoder, field, _ throws(JSONSyntaxError) in
      switch field {
      case .key: level.key = try decoder.readIdentifier(what: "a level key")
      case .label: level.label = try decoder.readText()
      case .rag: level.rag = try decoder.readLocatedString(what: "a RAG class")
      case .done: level.done = try decoder.readBool() ?? false
      case .definition: level.definition = try decoder.readText()
      }
    }
    return isObject ? level : nil
  }

  private mutating func readArea() throws(JSONSyntaxError) -> DecodedPlan.DecodedArea? {
    var area = DecodedPlan.DecodedArea(offset: reader.valueOffset(), index: currentIndex)
    let isObject = try readObject(AreaField.self) { decoder, field, _ throws(JSONSyntaxError) in
      switch field {
      case .id: area.id = try decoder.readIdentifier(what: "an area id", declares: true)
      case .kind: area.kind = try decoder.readText()
      case .title: area.title = try decoder.readText()
      case .parent: area.parent = try decoder.readIdentifier(what: "a parent area id")
      case .lead: area.lead = try decoder.readText()
      case .description: area.description = try decoder.readText()
      }
    }
    return isObject ? area : nil
  }

  private mutating func readAction() throws(JSONSyntaxError) -> DecodedPlan.DecodedAction? {
    var action = DecodedPlan.DecodedAction(offset: reader.valueOffset(), index: currentIndex)
    var span = ActionSpan(object: 0..<0)
    let isObject = try readObject(ActionField.self) { decoder, field, _ throws(JSONSyntaxError) in
      switch field {
      case .id: action.id = try decoder.readIdentifier(what: "an action id", declares: true)
      case .area: action.area = try decoder.readIdentifier(what: "an area id", interned: true)
      case .links:
        action.links = try decoder.readArray { decoder throws(JSONSyntaxError) in
          try decoder.readIdentifier(what: "an area id", interned: true)
        }
      case .title: action.title = try decoder.readProse()
      case .objective: action.objective = try decoder.readProse()
      case .owners: action.owners = try decoder.readStrings(owners: true)
      case .start: action.start = try decoder.readPlanDate()
      case .due:
        let start = decoder.reader.valueOffset()
        action.due = try decoder.readDue()
        span.due = start..<decoder.reader.offset
      case .dueText:
        let start = decoder.reader.valueOffset()
        action.dueText = try decoder.readProse()
        span.dueText = start..<decoder.reader.offset
      case .status:
        let start = decoder.reader.valueOffset()
        action.status = try decoder.readIdentifier(what: "a status", interned: true)
        span.status = start..<decoder.reader.offset
      case .milestones:
        action.milestones = try decoder.readArray { decoder throws(JSONSyntaxError) in
          try decoder.readMilestone()
        }
      case .outcomes: action.outcomes = try decoder.readProse()
      case .measures: action.measures = try decoder.readProse()
      case .evidence: action.evidence = try decoder.readProse()
      case .updates:
        let start = decoder.reader.valueOffset()
        action.updates = try decoder.readArray { decoder throws(JSONSyntaxError) in
          try decoder.readUpdate()
        }
        span.updates = start..<decoder.reader.offset
      case .sources: action.sources = try decoder.readStrings()
      case .confidential:
        let start = decoder.reader.valueOffset()
        action.isConfidential = try decoder.readBool() ?? false
        span.confidential = start..<decoder.reader.offset
      }
    }
    guard isObject else { return nil }
    if recordsSpans {
      span.object = action.offset..<reader.offset
      spans.append(span)
    }
    return action
  }

  private mutating func readMilestone() throws(JSONSyntaxError) -> StoredMilestone? {
    var due: PlanDate?
    var dueText: TextRef?
    var text: TextRef?
    var done = false
    let isObject = try readObject(MilestoneField.self) {
      decoder, field, _ throws(JSONSyntaxError) in
      switch field {
      case .due: due = try decoder.readPlanDate(hasDueText: true)
      case .dueText: dueText = try decoder.readProse()
      case .text: text = try decoder.readProse()
      case .done: done = try decoder.readBool() ?? false
      }
    }
    guard isObject, let text else { return nil }
    return StoredMilestone(due: due, dueText: dueText, text: text, isDone: done)
  }

  private mutating func readUpdate() throws(JSONSyntaxError) -> DecodedPlan.DecodedUpdate? {
    var update = DecodedPlan.DecodedUpdate()
    let isObject = try readObject(UpdateField.self) { decoder, field, _ throws(JSONSyntaxError) in
      switch field {
      case .date: update.date = try decoder.readPlanDate()
      case .status: update.status = try decoder.readIdentifier(what: "a status", interned: true)
      case .text: update.text = try decoder.readProse()
      }
    }
    return isObject ? update : nil
  }

  // MARK: Reporting

  /// The warning for a control character in prose.
  private static func controlCharacterWarning(_ control: Unicode.Scalar) -> String {
    "text holds the control character \(TextSafety.name(of: control)); it is shown as a visible placeholder (remove it from the text)"
  }

  /// The warning for an invisible character in an id or an owner.
  private static func invisibleCharacterWarning(_ invisible: Unicode.Scalar, in what: String)
    -> String
  {
    "\(what) holds the invisible character \(TextSafety.name(of: invisible)), so it looks the same as one without it but does not match it; remove it"
  }

  /// Why a text is not a date, and what to write instead. Only a `due` has a `dueText` to
  /// keep the source's own words in.
  private static func dateMessage(_ problem: DateProblem, hasDueText: Bool) -> String {
    switch problem {
    case .notADate(let text, let suggestion?) where !hasDueText:
      return "\"\(text)\" is not a date (write \(suggestion))"
    case .noSuchMonth(let text, let month):
      return "\"\(text)\" is not a date: there is no month \(month); write a month from 01 to 12"
    case .noSuchDay(let text, _, _):
      // `YYYY-MM-DD`: its first seven characters write the month.
      return
        "\(problem.description); write a day that exists, or \(text.prefix(7)) for the month's last day"
    default:
      return problem.description
    }
  }

  /// The index of the array element being read.
  private var currentIndex: Int {
    if case .index(let index) = path.last { return index }
    return 0
  }

  private mutating func report(_ severity: Diagnostic.Severity, at offset: Int, _ message: String) {
    problems.append(Problem(severity: severity, offset: offset, pointer: pointer, message: message))
  }

  /// The JSON pointer (RFC 6901) of the value being read.
  private var pointer: String {
    var text = ""
    for component in path {
      switch component {
      case .key(let key): text += "/" + JSONPointer.escape(key)
      case .index(let index): text += "/\(index)"
      }
    }
    return text
  }
}
