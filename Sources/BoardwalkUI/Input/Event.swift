/// Everything that can happen to the screen: the input to the update function.
public enum Event: Hashable, Sendable {
  case key(Key)
  /// Text arriving in one piece (a paste), to be inserted where text is being edited.
  case paste(String)
  case mouse(MouseEvent)
  /// The terminal is now this many columns by rows.
  case resize(width: Int, height: Int)
  /// Time passed with no input (clears stale messages).
  case tick
  /// SIGINT from outside while unsaved text was open (Ctrl-C itself arrives as a key): the
  /// screen asks before it ends.
  case interrupt
  /// The shell reporting on an effect it carried out.
  case feedback(ShellFeedback)
}

/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case press
    case doubleClick
    case scrollUp
    case scrollDown
  }

  public var kind: Kind
  public var x: Int
  public var y: Int

  public init(_ kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}
