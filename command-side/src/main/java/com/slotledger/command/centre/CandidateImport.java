package com.slotledger.command.centre;

import com.slotledger.api.entitlement.EntitlementCommands.RegisterCandidate;
import com.slotledger.api.shared.Actor;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.command.shared.CommandDispatcher;
import com.slotledger.command.shared.Ids;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's bulk_import_candidates: one registration per row, each its own transaction, with a report per row.
 * A roll number already registered is refused by the registry, so importing a file twice applies nothing twice.
 */
@Singleton
public class CandidateImport {

    private final CommandDispatcher dispatcher;
    private final CentreScope scope;
    private final Clock clock;

    CandidateImport(CommandDispatcher dispatcher, CentreScope scope, Clock clock) {
        this.dispatcher = dispatcher;
        this.scope = scope;
        this.clock = clock;
    }

    public Report run(byte[] file, Actor actor) {
        String centre = scope.forCreation(actor);
        List<RowOutcome> outcomes = new ArrayList<>();
        long position = 0;
        for (CandidateRows.Row row : CandidateRows.read(file)) {
            String invalid = invalid(row);
            if (invalid != null) {
                outcomes.add(new RowOutcome(row.number(), row.get("rollnumber"), "INVALID", "VALIDATION_FAILED", invalid, null));
                continue;
            }
            RegisterCandidate command = new RegisterCandidate(Ids.newId(), row.get("name"), row.get("rollnumber"),
                    row.get("trade"), centre, null, actor.userId(), clock.instant());
            try {
                position = Math.max(position, dispatcher.send(command, actor).position());
                outcomes.add(new RowOutcome(row.number(), command.rollNumber(), "IMPORTED", null, null, command.candidateId()));
            } catch (DomainRejection rejection) {
                outcomes.add(new RowOutcome(row.number(), command.rollNumber(), "REFUSED", rejection.code().name(),
                        rejection.detail(), null));
            }
        }
        long imported = outcomes.stream().filter(o -> o.outcome().equals("IMPORTED")).count();
        return new Report(outcomes.size(), (int) imported, outcomes.size() - (int) imported, position, outcomes);
    }

    /** Rule "a row needs a name, a roll number and a trade, within the API's limits". */
    private static String invalid(CandidateRows.Row row) {
        for (String column : CandidateRows.COLUMNS) {
            if (row.get(column).isEmpty()) {
                return "column " + column + " is empty";
            }
        }
        if (row.get("name").length() > 200 || row.get("rollnumber").length() > 64 || row.get("trade").length() > 128) {
            return "a value is too long (name 200, rollNumber 64, trade 128)";
        }
        return null;
    }

    @Introspected
    public record RowOutcome(int row, String rollNumber, String outcome, @Nullable String code, @Nullable String detail,
                             @Nullable String candidateId) {
    }

    @Introspected
    public record Report(int rows, int imported, int refused, long position, List<RowOutcome> outcomes) {
    }
}
