import Crypto
import Foundation

/// SHA-256 of bytes as lowercase hex: the identity of an image across names and runs.
enum FileDigest {
    /// The hex digest of `data`.
    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
