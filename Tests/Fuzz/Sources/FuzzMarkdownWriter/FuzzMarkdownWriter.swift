import BoardwalkProperties

/// libFuzzer's entry point: checks `checkMarkdownWriterProperties` on a text's bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
  checkMarkdownWriterProperties(Array(UnsafeRawBufferPointer(start: data, count: count)))
  return 0
}
