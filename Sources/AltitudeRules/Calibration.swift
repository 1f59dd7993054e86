import AltitudeModel
import Foundation
import Yams

/// How often each kind of evidence puts an hour on the right side of the leader's
/// altitude, measured on labelled calendars the rules may be tuned against (never
/// the held-out ones) by `scripts/calibrate.py`, and shipped as `Rules/calibration.yaml`.
/// A week's below share comes with the range its hours could honestly put it in:
/// each hour counts as truly below with the low and the high of its evidence's rate.
public struct Calibration: Sendable, Hashable {
    /// Of an evidence's hours, the share truly below altitude: low and high.
    public struct Rates: Sendable, Hashable {
        /// Of the hours classified below.
        public var belowIsBelow: ClosedRange<Double>
        /// Of the hours classified at or above.
        public var otherIsBelow: ClosedRange<Double>

        public init(belowIsBelow: ClosedRange<Double>, otherIsBelow: ClosedRange<Double>) {
            self.belowIsBelow = belowIsBelow
            self.otherIsBelow = otherIsBelow
        }

        /// A label is the leader's own word: exactly what it says.
        public static let exact = Rates(belowIsBelow: 1...1, otherIsBelow: 0...0)
    }

    public var topic: Rates
    public var structure: Rates
    /// Of unclassified hours, the share truly below: nobody decided them, so they could go either way.
    public var unclassifiedIsBelow: ClosedRange<Double>

    public init(topic: Rates, structure: Rates, unclassifiedIsBelow: ClosedRange<Double>) {
        self.topic = topic
        self.structure = structure
        self.unclassifiedIsBelow = unclassifiedIsBelow
    }

    public func rates(_ evidence: Evidence) -> Rates {
        switch evidence {
        case .topic: topic
        case .structure: structure
        case .label: .exact
        }
    }

    /// How far an hour classified so could be from the side it is put on: the width of its
    /// evidence's rate on that side (an unclassified hour's, the whole range it could go; a
    /// label's, none). An hour's part of a week's range (`WeekMetrics.belowShareRange`), and
    /// how much labelling it would narrow that range.
    public func uncertainty(of classification: Classification) -> Double {
        func width(_ range: ClosedRange<Double>) -> Double { range.upperBound - range.lowerBound }
        switch classification.relation {
        case .excluded: return 0
        case .unclassified: return width(unclassifiedIsBelow)
        case .below, .at, .above:
            let rates = rates(classification.evidence ?? .structure)
            return width(classification.relation == .below ? rates.belowIsBelow : rates.otherIsBelow)
        }
    }

    /// The calibration shipped with the rules (`Rules/calibration.yaml`, built into the binary).
    public static let shipped: Calibration = {
        guard let file = ShippedRules.files.first(where: { $0.name == fileName }) else { return .unknown }
        return (try? parse(file.text, file: "Rules/" + fileName)) ?? .unknown
    }()

    static let fileName = "calibration.yaml"

    /// Every hour could go either way: what a missing or unreadable calibration means (a
    /// range as wide as the truth allows, never a false precision). The shipped file is
    /// checked by a test, so a build that reaches this is caught before it ships.
    static let unknown = Calibration(topic: .init(belowIsBelow: 0...1, otherIsBelow: 0...1),
                                     structure: .init(belowIsBelow: 0...1, otherIsBelow: 0...1), unclassifiedIsBelow: 0...1)

    /// Reads the calibration file; every rate a pair `[low, high]` of fractions, low ≤ high.
    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> Calibration {
        struct Document: Decodable {
            struct Evidence: Decodable {
                var belowIsBelow: [Double]
                var otherIsBelow: [Double]
                enum CodingKeys: String, CodingKey {
                    case belowIsBelow = "below-is-below"
                    case otherIsBelow = "other-is-below"
                }
            }
            var topic: Evidence
            var structure: Evidence
            var unclassifiedIsBelow: [Double]
            enum CodingKeys: String, CodingKey {
                case topic, structure
                case unclassifiedIsBelow = "unclassified-is-below"
            }
        }
        func range(_ pair: [Double], _ what: String) throws(ConfigErrors) -> ClosedRange<Double> {
            guard pair.count == 2, pair[0] >= 0, pair[1] <= 1, pair[0] <= pair[1] else {
                throw ConfigErrors([ConfigError(file: file, message: "\(what) should be [low, high], fractions with low ≤ high, not \(pair)")])
            }
            return pair[0]...pair[1]
        }
        let document: Document
        do {
            document = try YAMLDecoder().decode(Document.self, from: text)
        } catch {
            throw ConfigErrors([ConfigError(file: file, message: "cannot be read as a calibration: \(error)",
                                            hint: "scripts/calibrate.py --write writes it")])
        }
        func rates(_ evidence: Document.Evidence, _ name: String) throws(ConfigErrors) -> Rates {
            Rates(belowIsBelow: try range(evidence.belowIsBelow, "\(name).below-is-below"),
                  otherIsBelow: try range(evidence.otherIsBelow, "\(name).other-is-below"))
        }
        return Calibration(topic: try rates(document.topic, "topic"), structure: try rates(document.structure, "structure"),
                           unclassifiedIsBelow: try range(document.unclassifiedIsBelow, "unclassified-is-below"))
    }
}
