import AltitudeImporter
import AltitudeModel
import AltitudeRules
import ArgumentParser

/// A calendar read and, when there is a profile, classified: what every analysis
/// command starts from.
struct LoadedCalendar {
    var result: ImportResult
    var zone: ZoneRules
    var rules: RuleSet?
    var profile: LeaderProfile?
    /// One per instance, when there is a profile.
    var classifications: [Classification]?
    var classifier: Classifier?
}

enum CalendarLoading {
    /// Loads rules and profile, reads the sources (floating times in `--timezone`,
    /// else the profile's zone, else the system's), and classifies.
    static func load(sources: [String], window: WindowOptions, timeZone: TimeZoneOption, classification: ClassificationOptions,
                     requireProfile: Bool, environment: AltitudeEnvironment, console: Console) throws -> LoadedCalendar {
        let classifying = try classification.load(environment: environment, console: console, requireProfile: requireProfile)
        let (rules, profile) = (classifying?.0, classifying?.1)
        let zone = timeZone.name == nil ? (profile?.timeZone ?? environment.systemTimeZone) : try timeZone.resolve(environment: environment)
        let importer = CalendarImporter(options: .init(timeZone: zone, owner: profile?.owner ?? .unknown, from: window.from,
                                                       to: window.to, now: environment.now))
        let result = try SourceLoading.read(sources, with: importer, console: console)
        var loaded = LoadedCalendar(result: result, zone: zone, rules: rules, profile: profile)
        if let rules, let profile {
            var classifier = Classifier(rules: rules, profile: profile)
            loaded.classifications = classifier.classify(result.instances)
            loaded.classifier = classifier
        }
        return loaded
    }
}
