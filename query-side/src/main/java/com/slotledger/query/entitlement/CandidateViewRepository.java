package com.slotledger.query.entitlement;

import com.slotledger.api.entitlement.SlotStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CandidateViewRepository extends CrudRepository<CandidateView, String> {

    @Query("""
            SELECT * FROM candidate_view
            WHERE (CAST(:trade AS TEXT) IS NULL OR trade = :trade)
              AND (CAST(:slotStatus AS TEXT) IS NULL OR slot_status = :slotStatus)
              AND (CAST(:centreId AS TEXT) IS NULL OR centre_id = :centreId)
            ORDER BY roll_number""")
    List<CandidateView> filtered(@Nullable String trade, @Nullable String slotStatus, @Nullable String centreId);

    default List<CandidateView> search(String trade, SlotStatus status, String centreId) {
        return filtered(trade, status == null ? null : status.name(), centreId);
    }
}
