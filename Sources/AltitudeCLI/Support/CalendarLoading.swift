import AltitudeImporter
import AltitudeModel
import AltitudeRules
import AltitudeStore
import ArgumentParser
import Foundation

/// A calendar read (from files or the store) and, when there is a profile,
/// classified: what every analysis command starts from.
struct LoadedCalendar {
    var instances: [MeetingInstance]
    var diagnostics: [Diagnostic]
    /// The window the instances were chosen for.
    var window: DateInterval
    var zone: ZoneRules
    var classifying: Classifying?
    /// One per instance, when there is a profile.
    var classifications: [Classification]?
    var classifier: Classifier?
    /// What was read from files (nil when read from the store).
    var importResult: ImportResult?
}

/// What an analysis command reads: SOURCEs (or the store), the window, the zone,
/// and the profile and rules it classifies with.
struct CalendarOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Calendar files to read; - reads standard input. None: the store.", valueName: "source"))
    var sources: [String] = []

    @OptionGroup var window: WindowOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var timeZone: TimeZoneOption
    @OptionGroup var classification: ClassificationOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    /// Reads SOURCEs, or the store when there are none, reports the warnings about
    /// them (unless `--quiet`), and classifies with the profile (floating times in
    /// `--timezone`, else the profile's zone, else the system's).
    func load(requireProfile: Bool, environment: AltitudeEnvironment, console: Console) throws -> LoadedCalendar {
        let store = sources.isEmpty ? try storeOptions.openExisting(environment: environment, console: console) : nil
        let pending = try classification.begin(environment: environment, console: console, store: store,
                                               client: storeOptions.client, requireProfile: requireProfile)
        let zone = timeZone.name == nil ? (pending?.profile.timeZone ?? environment.systemTimeZone)
            : try timeZone.resolve(environment: environment)
        var loaded: LoadedCalendar
        if let store {
            loaded = try read(store, zone: zone, owner: pending?.profile.owner, environment: environment, console: console)
        } else {
            let importer = CalendarImporter(options: .init(timeZone: zone, owner: pending?.profile.owner ?? .unknown,
                                                           from: window.from, to: window.to, now: environment.now))
            let result = try SourceLoading.read(sources, with: importer, console: console)
            loaded = LoadedCalendar(instances: result.instances, diagnostics: result.diagnostics, window: result.window, zone: zone,
                                    importResult: result)
        }
        console.report(loaded.diagnostics, quiet: diagnostics.quiet)
        let classifying = try pending?.finish(console: console)
        loaded.classifying = classifying
        if let classifying {
            var classifier = Classifier(rules: classifying.rules, profile: classifying.profile)
            loaded.classifications = classifier.classify(loaded.instances)
            loaded.classifier = classifier
        }
        return loaded
    }

    /// The one-line summary of what was read from files, after the output.
    func summarize(_ calendar: LoadedCalendar, console: Console) {
        if let result = calendar.importResult { SourceLoading.summarize(result, console: console, quiet: diagnostics.quiet) }
    }

    /// The client's instances in the window (from their first instance to 26 weeks
    /// after today, unless `--from`/`--to` say otherwise), with the owner's own
    /// responses read again from the current profile.
    private func read(_ store: Store, zone: ZoneRules, owner: OwnerIdentity?, environment: AltitudeEnvironment,
                      console: Console) throws -> LoadedCalendar {
        let client = storeOptions.client
        do {
            let today = zone.localDate(of: environment.now)
            let end = zone.startOfDay(window.to ?? max(today, window.from ?? today).adding(days: 7 * 26))
            let first = try window.from.map { zone.startOfDay($0) } ?? store.firstStart(client: client).map {
                zone.startOfDay(zone.localDate(of: $0))
            }
            let span = DateInterval(start: min(first ?? end, end), end: end)
            var instances = try store.instances(client: client, window: span)
            if let owner {
                for index in instances.indices {
                    instances[index].myResponse = owner.response(organizer: instances[index].organizer,
                                                                 attendees: instances[index].attendees)
                }
            }
            return LoadedCalendar(instances: instances, diagnostics: [], window: span, zone: zone)
        } catch {
            console.diagnose("altitude: error: the store \(error)")
            throw ExitStatus.ioError
        }
    }
}
