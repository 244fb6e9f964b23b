import BoardwalkCore

/// Boardwalk's line-and-column type; its own name clashes with Swift Testing's.
typealias FileLocation = BoardwalkCore.SourceLocation
