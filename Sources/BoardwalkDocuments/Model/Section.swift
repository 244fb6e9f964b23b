/// A headed part of a document: its heading, its blocks, then its subsections.
///
/// A section of the document is at level 1 (Word's Heading 1, HTML's `h2` under the title's
/// `h1`); its subsections are at level 2, theirs at level 3. Headings therefore always come
/// in order. Subsections nested deeper than level 3 are written at level 3.
public struct Section: Hashable, Sendable {
  /// The heading's words. Line breaks in them are written as spaces.
  public var heading: [Inline]
  /// A number written before the heading ("3. H1.2: Review transport"), for minutes that
  /// number their items.
  public var number: Int?
  public var blocks: [Block]
  public var subsections: [Section]
  /// Printed, the section starts on a new page.
  public var startsNewPage: Bool

  public init(
    _ heading: [Inline], number: Int? = nil, blocks: [Block] = [], subsections: [Section] = [],
    startsNewPage: Bool = false
  ) {
    self.heading = heading
    self.number = number
    self.blocks = blocks
    self.subsections = subsections
    self.startsNewPage = startsNewPage
  }

  /// A section whose heading is plain text.
  public init(
    _ heading: String, number: Int? = nil, blocks: [Block] = [], subsections: [Section] = [],
    startsNewPage: Bool = false
  ) {
    self.init(
      [.text(heading)], number: number, blocks: blocks, subsections: subsections,
      startsNewPage: startsNewPage)
  }

  /// The deepest level a heading is written at.
  public static let deepestLevel = 3
}
