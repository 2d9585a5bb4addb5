package com.slotledger.query.sitting;

import com.slotledger.query.shared.MinPosition;
import com.slotledger.query.shared.ReadYourWrites;
import jakarta.inject.Singleton;

/**
 * Read-your-writes for the sitting queries: a client's position is awaited in the sitting projection. The
 * reference names joined in (room, subject code, roll number) come from the reference projection as it stands;
 * a client that just wrote reference data awaits it on a reference query first.
 */
@Singleton
class SittingReads {

    private final ReadYourWrites readYourWrites;

    SittingReads(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    void await(Long minPosition, Long header) {
        readYourWrites.await(SittingProjection.NAME, MinPosition.of(minPosition, header));
    }
}
