import BoardwalkProperties

/// libFuzzer's entry point: checks `checkPlanLoaderProperties` on a plan file's bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
  checkPlanLoaderProperties(Array(UnsafeRawBufferPointer(start: data, count: count)))
  return 0
}
