package com.slotledger.command.entitlement;

import com.slotledger.api.entitlement.EntitlementCommands.RegisterCandidate;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command side's set-validation table for candidates: roll numbers and linked accounts are unique, and
 * bulk actions find their targets here without waiting for projections.
 */
@Singleton
public class CandidateRegistry {

    private final Jdbc jdbc;

    public CandidateRegistry(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void claim(RegisterCandidate command) {
        jdbc.insertUnique("INSERT INTO candidate_registry (candidate_id, roll_number, trade, centre_id) VALUES (?,?,?,?)",
                ErrorCode.ROLL_NUMBER_TAKEN, "Roll number " + command.rollNumber() + " is already registered.",
                command.candidateId(), command.rollNumber(), command.trade(), command.centreId());
        if (command.userId() != null) {
            jdbc.insertUnique("INSERT INTO candidate_account (user_id, candidate_id) VALUES (?,?)",
                    ErrorCode.ACCOUNT_ALREADY_LINKED, "That user account already belongs to a candidate.",
                    command.userId(), command.candidateId());
        }
    }

    public Optional<String> candidateOfUser(String userId) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT candidate_id FROM candidate_account WHERE user_id = ?")) {
                statement.setString(1, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public Optional<String> centreOf(String candidateId) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT coalesce(centre_id, '') FROM candidate_registry WHERE candidate_id = ?")) {
                statement.setString(1, candidateId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Candidate ids in roll-number order, filtered by trade and centre when given. */
    public List<String> select(String trade, String centreId) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT candidate_id FROM candidate_registry WHERE (?::text IS NULL OR trade = ?)"
                            + " AND (?::text IS NULL OR centre_id = ?) ORDER BY roll_number")) {
                statement.setString(1, trade);
                statement.setString(2, trade);
                statement.setString(3, centreId);
                statement.setString(4, centreId);
                List<String> ids = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
                return ids;
            }
        });
    }
}
