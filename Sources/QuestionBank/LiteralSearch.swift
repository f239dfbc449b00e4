import Foundation

extension String {
    /// Whether `part` occurs in the text, byte for byte: C's `memchr` finds each place its
    /// first byte occurs, and `memcmp` compares there. The linter's checks look for fixed
    /// phrases; Foundation's `contains` compares through NSString with Unicode folding,
    /// which cost a tenth of a first start.
    func includes(_ part: String) -> Bool {
        var text = self, part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard let haystackStart = haystack.baseAddress, let needleStart = needle.baseAddress else { return false }
                var start = 0
                while start + needle.count <= haystack.count {
                    guard let found = memchr(haystackStart + start, Int32(first), haystack.count - needle.count + 1 - start) else {
                        return false
                    }
                    let offset = UnsafeRawPointer(found) - UnsafeRawPointer(haystackStart)
                    if memcmp(haystackStart + offset, needleStart, needle.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}
