package com.slotledger.command.sitting;

import com.slotledger.api.shared.ErrorCode;
import com.slotledger.api.sitting.ReferenceKind;
import com.slotledger.command.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The reference records' natural keys, claimed in the command's transaction; PostgreSQL decides duplicates. */
@Singleton
public class ReferenceRegistry implements ReferenceKeys {

    private final Jdbc jdbc;

    public ReferenceRegistry(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(ReferenceKind kind, String id, String naturalKey) {
        jdbc.insertUnique("INSERT INTO sitting_reference (kind, id, natural_key) VALUES (?,?,?)",
                ErrorCode.REFERENCE_KEY_TAKEN, taken(kind, naturalKey), kind.name(), id, naturalKey);
    }

    @Override
    public void rekey(ReferenceKind kind, String id, String naturalKey) {
        jdbc.insertUnique("UPDATE sitting_reference SET natural_key = ? WHERE kind = ? AND id = ?",
                ErrorCode.REFERENCE_KEY_TAKEN, taken(kind, naturalKey), naturalKey, kind.name(), id);
    }

    @Override
    public void retire(ReferenceKind kind, String id) {
        jdbc.update("UPDATE sitting_reference SET retired = TRUE WHERE kind = ? AND id = ?", kind.name(), id);
    }

    /** The live record of this kind with this natural key. */
    @Override
    public Optional<String> idOf(ReferenceKind kind, String naturalKey) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id FROM sitting_reference WHERE kind = ? AND natural_key = ? AND NOT retired")) {
                statement.setString(1, kind.name());
                statement.setString(2, naturalKey);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean live(ReferenceKind kind, String id) {
        return jdbc.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT 1 FROM sitting_reference WHERE kind = ? AND id = ? AND NOT retired")) {
                statement.setString(1, kind.name());
                statement.setString(2, id);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    private static String taken(ReferenceKind kind, String key) {
        return "A live " + kind.name().toLowerCase() + " already has the key " + key + ".";
    }
}
