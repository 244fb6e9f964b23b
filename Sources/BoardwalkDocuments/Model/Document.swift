import BoardwalkCore

/// A paper for the board, built once and written in any format: its title, what it is
/// (``Metadata``), the blocks under the title, its sections and a closing line.
///
/// Minutes and packs build a `Document`; ``DocumentFormat`` writes it as Markdown, HTML or
/// Word. Every text in it is the plain text people typed or plans hold: the writers escape
/// it, show control characters as placeholders, and never make a link of it.
public struct Document: Hashable, Sendable {
  /// The document's title: its one level-1 heading (Word's Title style).
  public var title: String
  /// What the document is: draft or not, who may read it, its date and language.
  public var metadata: Metadata
  /// The blocks between the title and the first section (a meeting's attendance, say).
  public var preamble: [Block]
  /// The sections, in order: each heading is one level below the title.
  public var sections: [Section]
  /// The document's last line, after its sections (the date of the next meeting); empty
  /// when there is none.
  public var closing: [Inline]

  public init(
    title: String, metadata: Metadata = Metadata(), preamble: [Block] = [],
    sections: [Section] = [], closing: [Inline] = []
  ) {
    self.title = title
    self.metadata = metadata
    self.preamble = preamble
    self.sections = sections
    self.closing = closing
  }
}

/// What a document is, as distinct from what it says: whether it is a draft, who may read
/// it, its date and language. Writers show it as page furniture (Word's page header, a
/// banner and a running head in HTML) and record it in the file's properties.
public struct Metadata: Hashable, Sendable {
  /// Who may read the document.
  public enum Audience: String, Hashable, Sendable, CaseIterable {
    /// For publication.
    case `public`
    /// Holds exempt (confidential) information: not for publication.
    case full
  }

  /// A running mark every page carries.
  public enum Mark: String, Hashable, Sendable, CaseIterable {
    case draft
    case notForPublication

    /// The words of the mark, as pages show them.
    public var text: String {
      switch self {
      case .draft: "DRAFT"
      case .notForPublication: "Not for publication"
      }
    }
  }

  /// A draft, until a later meeting approves it.
  public var isDraft: Bool
  /// Who may read it: the public, or (full) only those entitled to exempt information.
  public var audience: Audience
  /// The day the document is of (a meeting's date): its creation date in the file's
  /// properties, so that writing it again gives the same bytes.
  public var date: CalendarDate?
  /// A BCP 47 language tag.
  public var language: String

  public init(
    isDraft: Bool = false, audience: Audience = .public, date: CalendarDate? = nil,
    language: String = "en-GB"
  ) {
    self.isDraft = isDraft
    self.audience = audience
    self.date = date
    self.language = language
  }

  /// The marks every page carries, in the order they are shown.
  public var marks: [Mark] {
    (isDraft ? [.draft] : []) + (audience == .full ? [.notForPublication] : [])
  }
}
