import BoardwalkCore
import Foundation

/// An improvement board, as its board file describes it (`board.jsonc`, docs/board.md): its
/// name, members, quorum, minute reference prefix, where its meetings are kept, its standing
/// agenda items and its meeting dates. Without a board file everything works as before.
public struct Board: Hashable, Sendable {
  /// A member of the board, or someone who attends without a vote.
  public struct Member: Hashable, Sendable {
    public var name: String
    public var role: String
    public var organisation: String
    /// A voting member counts towards the quorum; others are "in attendance".
    public var isVoting: Bool

    public init(name: String, role: String = "", organisation: String = "", isVoting: Bool = true) {
      self.name = name
      self.role = role
      self.organisation = organisation
      self.isVoting = isVoting
    }
  }

  /// The file's format tag.
  public static let format = "boardwalk-board/1"
  /// The board file's name, looked for beside the plans and in the current folder.
  public static let fileName = "board.jsonc"

  /// The agenda items a board takes at every meeting when its file names none.
  public static let defaultStandingItems = [
    "Welcome, apologies and quorum", "Declarations of interest",
    "Minutes of the previous meeting and matters arising", "The board's action log",
    "Any other business", "Date of the next meeting",
  ]

  public var name: String
  public var members: [Member]
  /// How many voting members must be present for the meeting to be quorate.
  public var quorum: Int
  /// Minutes' references start with it ("NSIB/2026/14").
  public var minutePrefix: String
  /// Where meetings are kept, relative to the board file's folder.
  public var meetingsFolder: String
  public var standingItems: [String]
  /// The meetings planned, in order.
  public var schedule: [CalendarDate]
  /// Whether a plan item the board walked through with nothing recorded is minuted as "The
  /// Board noted the update." (`notedWording`, on unless the board file turns it off).
  public var notedWording: Bool
  /// Where the board usually meets, the time it starts and who takes its minutes: what the
  /// minutes' header gives when a meeting's details do not say otherwise.
  public var venue: String
  public var time: String
  public var minuteTaker: String
  /// The board file, as it was found.
  public var file: String

  public init(
    name: String, members: [Member], quorum: Int, minutePrefix: String = "MIN",
    meetingsFolder: String = "meetings", standingItems: [String] = Board.defaultStandingItems,
    schedule: [CalendarDate] = [], notedWording: Bool = true, venue: String = "",
    time: String = "", minuteTaker: String = "", file: String = Board.fileName
  ) {
    self.venue = venue
    self.time = time
    self.minuteTaker = minuteTaker
    self.notedWording = notedWording
    self.name = name
    self.members = members
    self.quorum = quorum
    self.minutePrefix = minutePrefix
    self.meetingsFolder = meetingsFolder
    self.standingItems = standingItems
    self.schedule = schedule
    self.file = file
  }

  /// The voting members.
  public var votingMembers: [Member] { members.filter(\.isVoting) }

  /// The first planned meeting after `day`, if the schedule has one.
  public func nextMeeting(after day: CalendarDate) -> CalendarDate? {
    schedule.first { $0 > day }
  }

  /// The last planned meeting before `day`, if the schedule has one.
  public func lastMeeting(before day: CalendarDate) -> CalendarDate? {
    schedule.last { $0 < day }
  }

  /// The folder where meetings are kept, as a path.
  public var meetingsPath: String {
    let folder = (file as NSString).deletingLastPathComponent
    if meetingsFolder.hasPrefix("/") { return meetingsFolder }
    return folder.isEmpty ? meetingsFolder : folder + "/" + meetingsFolder
  }

  /// The journal of the meeting held on `day`: `MEETINGS/YYYY-MM-DD.jsonl`.
  public func journalPath(for day: CalendarDate) -> String {
    meetingsPath + "/\(day).jsonl"
  }
}

/// Why a board file could not be read: the file, the field and what to write.
public struct BoardFileError: Error, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

extension Board {
  /// The board file for plans at `paths`: `board.jsonc` in the current folder, else beside
  /// the first path (in it when it is a folder, else in its folder); `nil` when there is none.
  public static func find(near paths: [String], in current: String = ".") -> String? {
    var folders = [current]
    if let first = paths.first {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: first, isDirectory: &isFolder), isFolder.boolValue {
        folders.append(first)
        folders.append((first as NSString).deletingLastPathComponent)
      } else {
        folders.append((first as NSString).deletingLastPathComponent)
      }
    }
    for folder in folders {
      let path = folder.isEmpty ? fileName : folder + "/" + fileName
      if FileManager.default.fileExists(atPath: path) { return path }
    }
    return nil
  }

  /// Reads the board file at `path`.
  /// - Throws: ``BoardFileError`` naming the file, the field at fault and what to write.
  public static func read(_ path: String) throws(BoardFileError) -> Board {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw BoardFileError("\(path): cannot read the board file")
    }
    return try parse(Array(data), file: path)
  }

  /// Reads a board file's bytes: JSON, with `//` comments to the end of a line allowed
  /// outside strings (the starter file explains itself in them).
  public static func parse(_ bytes: [UInt8], file: String) throws(BoardFileError) -> Board {
    func fail(_ field: String, _ what: String) -> BoardFileError {
      BoardFileError("\(file): \(field): \(what) (docs/board.md)")
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(withoutComments(bytes)))
    } catch {
      let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
      throw BoardFileError(
        "\(file): not valid JSON\(detail.map { " (\($0))" } ?? ""); a board file is one JSON object, with // comments allowed (docs/board.md)"
      )
    }
    guard let root = object as? [String: Any] else {
      throw BoardFileError("\(file): a board file is one JSON object (docs/board.md)")
    }
    let known = [
      "format", "name", "minutePrefix", "meetings", "quorum", "members", "standingItems",
      "schedule", "notedWording", "venue", "time", "minuteTaker",
    ]
    if let unknown = root.keys.sorted().first(where: { !known.contains($0) && !$0.hasPrefix("x-") })
    {
      let closest = known.min {
        EditDistance.between(unknown, $0) < EditDistance.between(unknown, $1)
      }
      let hint =
        closest.map { EditDistance.between(unknown, $0) <= 3 ? "did you mean \"\($0)\"? " : "" }
        ?? ""
      throw fail(
        unknown,
        "not a field of a board file; \(hint)the fields are \(known.joined(separator: ", "))")
    }
    guard root["format"] as? String == format else {
      throw fail("format", "write \"\(format)\"")
    }
    func text(_ key: String, default value: String? = nil) throws(BoardFileError) -> String {
      guard let found = root[key] else {
        if let value { return value }
        throw fail(key, "missing: write it as a string")
      }
      guard let string = found as? String, !string.trimmingCharacters(in: .whitespaces).isEmpty
      else { throw fail(key, "write a string that is not empty") }
      return string
    }
    let name = try text("name")
    var members: [Member] = []
    if let list = root["members"] {
      guard let list = list as? [Any] else { throw fail("members", "write a list of members") }
      for (index, entry) in list.enumerated() {
        let field = "members[\(index + 1)]"
        guard let entry = entry as? [String: Any] else {
          throw fail(field, "write an object with name, role, organisation and voting")
        }
        guard let memberName = entry["name"] as? String, !memberName.isEmpty else {
          throw fail(field + ".name", "write the member's name")
        }
        for key in ["role", "organisation"] where entry[key] != nil && !(entry[key] is String) {
          throw fail(field + ".\(key)", "write a string")
        }
        if let voting = entry["voting"], !isBoolean(voting) {
          throw fail(field + ".voting", "write true or false")
        }
        if members.contains(where: { $0.name.lowercased() == memberName.lowercased() }) {
          throw fail(field + ".name", "\"\(memberName)\" is listed twice")
        }
        members.append(
          Member(
            name: memberName, role: entry["role"] as? String ?? "",
            organisation: entry["organisation"] as? String ?? "",
            isVoting: entry["voting"] as? Bool ?? true))
      }
    }
    let voting = members.filter(\.isVoting).count
    var quorum = max(1, (voting + 1) / 2)
    if let given = root["quorum"] {
      guard !isBoolean(given), let number = given as? Int, number >= 1 else {
        throw fail("quorum", "write how many voting members make a quorum, a whole number from 1")
      }
      guard members.isEmpty || number <= voting else {
        throw fail("quorum", "\(number) is more than the \(voting) voting members listed")
      }
      quorum = number
    }
    var standing = defaultStandingItems
    if let items = root["standingItems"] {
      guard let items = items as? [String], items.allSatisfy({ !$0.isEmpty }) else {
        throw fail("standingItems", "write a list of agenda items, each a string")
      }
      standing = items
    }
    var schedule: [CalendarDate] = []
    if let dates = root["schedule"] {
      guard let dates = dates as? [String] else {
        throw fail("schedule", "write a list of meeting dates as YYYY-MM-DD")
      }
      for (index, date) in dates.enumerated() {
        guard let day = try? CalendarDate(parsingDay: date) else {
          throw fail("schedule[\(index + 1)]", "\"\(date)\" is not a day: write YYYY-MM-DD")
        }
        schedule.append(day)
      }
      schedule.sort()
    }
    var noted = true
    if let given = root["notedWording"] {
      guard isBoolean(given), let flag = given as? Bool else {
        throw fail("notedWording", "write true or false")
      }
      noted = flag
    }
    return Board(
      name: name, members: members, quorum: quorum,
      minutePrefix: try text("minutePrefix", default: "MIN"),
      meetingsFolder: try text("meetings", default: "meetings"), standingItems: standing,
      schedule: schedule, notedWording: noted, venue: try text("venue", default: ""),
      time: try text("time", default: ""), minuteTaker: try text("minuteTaker", default: ""),
      file: file)
  }

  /// Whether a value JSONSerialization read is `true` or `false` (numbers bridge to Bool
  /// too, so the number's type code is asked: "c" for a boolean).
  private static func isBoolean(_ value: Any) -> Bool {
    guard let number = value as? NSNumber else { return false }
    return String(cString: number.objCType) == "c"
  }

  /// `bytes` with every `//` comment (to the end of its line, outside strings) replaced by
  /// spaces, so that positions in what remains are where they were.
  static func withoutComments(_ bytes: [UInt8]) -> [UInt8] {
    var out = bytes
    var inString = false
    var escaped = false
    var index = 0
    while index < out.count {
      let byte = out[index]
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
      } else if byte == UInt8(ascii: "\"") {
        inString = true
      } else if byte == UInt8(ascii: "/"), index + 1 < out.count,
        out[index + 1] == UInt8(ascii: "/")
      {
        while index < out.count, out[index] != UInt8(ascii: "\n") {
          out[index] = UInt8(ascii: " ")
          index += 1
        }
        continue
      }
      index += 1
    }
    return out
  }
}
