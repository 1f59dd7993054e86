import GRDB

/// The store's schema, one migration per release. A shipped migration is never
/// edited: a change is a new migration after it.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: clients, sources, instances, attendee lists") { db in
            try db.create(table: "client") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("name", .text).notNull().unique()
                table.column("profile", .text)
                table.column("createdAt", .integer).notNull()
            }
            try db.create(table: "source") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("client", onDelete: .cascade).notNull()
                table.column("location", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("name", .text).notNull()
                table.column("contentHash", .integer)
                table.column("etag", .text)
                table.column("lastModifiedHeader", .text)
                table.column("importedAt", .integer)
                table.column("checkedAt", .integer)
                table.column("eventCount", .integer).notNull().defaults(to: 0)
                table.column("instanceCount", .integer).notNull().defaults(to: 0)
                table.column("skippedCount", .integer).notNull().defaults(to: 0)
                table.column("firstStart", .integer)
                table.column("lastEnd", .integer)
                table.uniqueKey(["clientId", "location"])
            }
            // Attendee lists are half of what a calendar says and a series repeats
            // one list for every instance: each distinct list is stored once.
            try db.create(table: "attendeeList") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("hash", .integer).notNull().indexed()
                table.column("attendees", .text).notNull()
            }
            try db.create(table: "instance") { table in
                table.autoIncrementedPrimaryKey("id")
                // Indexed with `start` below: one index serves a source's rows and a window's.
                table.belongsTo("source", onDelete: .cascade, indexed: false).notNull()
                table.column("seriesId", .text).notNull()
                table.column("recurrenceId", .text).notNull()
                table.column("uid", .text).notNull()
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("allDayStart", .text)
                table.column("allDayEnd", .text)
                table.column("title", .text).notNull()
                table.column("location", .text).notNull()
                table.column("description", .text).notNull()
                table.column("organizerEmail", .text)
                table.column("organizerName", .text)
                // No foreign key: deleting an unused list would make SQLite search
                // every instance for it; the store removes lists nothing uses itself.
                table.column("attendeeListId", .integer)
                table.column("myResponse", .text).notNull()
                table.column("status", .text).notNull()
                table.column("transparency", .text).notNull()
                table.column("categories", .text).notNull()
                table.column("isRecurring", .boolean).notNull()
                table.column("calendarName", .text)
                table.column("sequence", .integer).notNull()
                table.column("lastModified", .integer)
                table.column("sourceLine", .integer)
                table.column("contentHash", .integer).notNull()
                // One row per occurrence and source is the store's own invariant (an
                // import drops duplicates before writing): a unique index on these
                // texts would cost more than any other part of writing a row.
            }
            try db.create(index: "instance_on_sourceId_start", on: "instance", columns: ["sourceId", "start"])
        }
        migrator.registerMigration("v-coaching: sessions") { db in
            // A client's coaching sessions: removed with the client.
            try db.create(table: "session") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("client", onDelete: .cascade).notNull()
                table.column("date", .text).notNull()
                table.column("note", .text)
                table.column("createdAt", .integer).notNull()
            }
        }
        migrator.registerMigration("v-redaction: a secret per client") { db in
            // The key redaction's pseudonyms are made with: random, made on first use.
            try db.alter(table: "client") { table in table.add(column: "redactionKey", .blob) }
        }
        migrator.registerMigration("v-digests: the weekly digests sent") { db in
            // One row per (client, week, recipient): the unique key is what makes a
            // digest go out once however many runs there are.
            try db.create(table: "digest") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("client", onDelete: .cascade).notNull()
                table.column("week", .text).notNull()
                table.column("recipient", .text).notNull()
                // Set while a run is sending it; cleared when that run is done.
                table.column("claimedAt", .integer)
                // Set once it was sent; a row without it is a send under way.
                table.column("sentAt", .integer)
                table.column("messageId", .text)
                table.column("transport", .text)
                table.column("belowShare", .double)
                table.column("rollingBelowShare", .double)
                table.column("belowHours", .double)
                table.column("meetingHours", .double)
                table.column("fingerprint", .integer)
                table.uniqueKey(["clientId", "week", "recipient"])
            }
        }
        migrator.registerMigration("v-org-chart: a client's org chart") { db in
            // The org chart a client's profile names, as CSV: a stored profile reads without the file beside it.
            try db.alter(table: "client") { table in table.add(column: "orgChart", .text) }
        }
        migrator.registerMigration("v-recurrence-frequency: how often each series repeats") { db in
            try db.alter(table: "instance") { table in table.add(column: "recurrenceFrequency", .text) }
            // Only the calendar says how often a stored series repeats: every source is read
            // again at its next import, however unchanged its bytes (or its feed) are.
            try db.execute(sql: "UPDATE source SET contentHash = NULL, etag = NULL, lastModifiedHeader = NULL")
        }
        migrator.registerMigration("v-commitments: commitments agreed at sessions") { db in
            // What a client agreed at a session, one row each; removed with the client or the session.
            // A series is kept as the title typed and the UIDs it named then, so a later rename still matches.
            try db.create(table: "commitment") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("client", onDelete: .cascade).notNull()
                table.belongsTo("session", onDelete: .cascade).notNull()
                table.column("since", .text).notNull()
                table.column("ended", .text)
                table.column("kind", .text).notNull()
                table.column("seriesTitle", .text)
                table.column("seriesIds", .text)
                table.column("byTitle", .boolean)
                table.column("personEmail", .text)
                table.column("personName", .text)
                table.column("subject", .text)
                table.column("seconds", .integer)
                table.column("blocks", .integer)
                table.column("share", .double)
                table.column("createdAt", .integer).notNull()
            }
        }
        migrator.registerMigration("v-coverage: the time each source has data for") { db in
            // What the export covers, which its recurring series alone do not show (UTC seconds;
            // null for a source imported before: its first start and last end stand in).
            try db.alter(table: "source") { table in
                table.add(column: "coveredFrom", .integer)
                table.add(column: "coveredTo", .integer)
            }
        }
        migrator.registerMigration("v-digest-claimant: which run holds a digest claim") { db in
            // The process that claimed it, to name in "being sent by pid N": whether that run is
            // alive is its lock in altitude.sqlite-claims (DigestClaimLocks), not this. From here on a
            // row with neither claimedAt nor sentAt is a digest tried and not sent (a failed send is
            // no longer deleted): what a later run catches up.
            try db.alter(table: "digest") { table in table.add(column: "claimPid", .integer) }
        }
        return migrator
    }
}
