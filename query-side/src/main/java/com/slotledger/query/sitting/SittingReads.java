package com.slotledger.query.sitting;

import com.slotledger.query.shared.MinPosition;
import com.slotledger.query.shared.ReadYourWrites;
import jakarta.inject.Singleton;

/**
 * Read-your-writes for the sitting queries: a client's position is awaited in the sitting projection and in the
 * reference projection whose names (room, subject code, roll number) the answers join in. A projection that owes
 * nothing up to the position answers at once, so the second wait costs nothing when only one of them moved.
 */
@Singleton
class SittingReads {

    private final ReadYourWrites readYourWrites;

    SittingReads(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    void await(Long minPosition, Long header) {
        Long position = MinPosition.of(minPosition, header);
        readYourWrites.await(SittingProjection.NAME, position);
        readYourWrites.await(ReferenceProjection.NAME, position);
    }
}
