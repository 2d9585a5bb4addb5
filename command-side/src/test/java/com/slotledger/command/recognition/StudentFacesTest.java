package com.slotledger.command.recognition;

import com.slotledger.api.recognition.FaceCommands.EnrolFace;
import com.slotledger.api.recognition.FaceCommands.RemoveFaces;
import com.slotledger.api.recognition.FaceEvents.FaceEnrolled;
import com.slotledger.api.recognition.FaceEvents.FacesRemoved;
import com.slotledger.api.sitting.ReferenceKind;
import com.slotledger.command.shared.TargetedCommandResolver;
import com.slotledger.command.sitting.FreeReferenceKeys;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.slotledger.api.recognition.FaceCommands.facesId;
import static com.slotledger.command.shared.Rejections.rejected;

class StudentFacesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final String ANN = "ann";
    private static final String MODEL = "haar-cascade(min=60)+lbph(r=1,n=8,grid=6x6,mirror)";
    private static final String PHOTO_1 = "a".repeat(64);
    private static final String PHOTO_2 = "b".repeat(64);

    private AggregateTestFixture<StudentFaces> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StudentFaces.class);
        fixture.registerCommandTargetResolver(new TargetedCommandResolver());
        fixture.registerAnnotatedCommandHandler(new RecognitionDesk(fixture.getRepository(), null, new Students(Set.of(ANN))));
    }

    private static EnrolFace enrol(String student, String photo) {
        return new EnrolFace(student, photo, "image/jpeg", 1234, MODEL, "op", NOW);
    }

    private static FaceEnrolled enrolled(String photo) {
        return new FaceEnrolled(ANN, photo, "image/jpeg", 1234, MODEL, "op", NOW);
    }

    @Test
    void theFirstPhotoOfARegisteredStudentIsEnrolledWithItsHashAndModel() {
        fixture.givenNoPriorActivity().when(enrol(ANN, PHOTO_1)).expectEvents(enrolled(PHOTO_1));
    }

    @Test
    void furtherPhotosAreEnrolledBesideTheFirst() {
        fixture.given(enrolled(PHOTO_1)).when(enrol(ANN, PHOTO_2)).expectEvents(enrolled(PHOTO_2));
    }

    @Test
    void theSamePhotoIsNotEnrolledTwice() {
        fixture.given(enrolled(PHOTO_1)).when(enrol(ANN, PHOTO_1))
                .expectNoEvents().expectException(rejected("FACE_ALREADY_ENROLLED"));
    }

    @Test
    void anUnknownStudentHasNoFacesEnrolled() {
        fixture.givenNoPriorActivity().when(enrol("nobody", PHOTO_1))
                .expectNoEvents().expectException(rejected("REFERENCE_NOT_FOUND"));
    }

    @Test
    void removingFacesNamesEveryRemovedPhotoByHashOnly() {
        fixture.given(enrolled(PHOTO_1), enrolled(PHOTO_2)).when(new RemoveFaces(ANN, "op", NOW))
                .expectEvents(new FacesRemoved(ANN, List.of(PHOTO_1, PHOTO_2), "op", NOW));
    }

    @Test
    void aStudentWithoutFacesHasNothingToRemove() {
        fixture.givenNoPriorActivity().when(new RemoveFaces(ANN, "op", NOW))
                .expectNoEvents().expectException(rejected("FACE_NOT_FOUND"));
        fixture.given(enrolled(PHOTO_1), new FacesRemoved(ANN, List.of(PHOTO_1), "op", NOW))
                .when(new RemoveFaces(ANN, "op", NOW)).expectNoEvents().expectException(rejected("FACE_NOT_FOUND"));
    }

    @Test
    void aRemovedPhotoMayBeEnrolledAgain() {
        fixture.given(enrolled(PHOTO_1), new FacesRemoved(ANN, List.of(PHOTO_1), "op", NOW))
                .when(enrol(ANN, PHOTO_1)).expectEvents(enrolled(PHOTO_1));
    }

    @Test
    void theFacesStreamIdIsDerivedFromTheStudent() {
        org.junit.jupiter.api.Assertions.assertEquals(facesId(ANN), enrol(ANN, PHOTO_1).targetId());
        org.junit.jupiter.api.Assertions.assertNotEquals(facesId(ANN), facesId("bob"));
    }

    /** The reference registry with a fixed set of live students. */
    static final class Students extends FreeReferenceKeys {
        private final Set<String> live;

        Students(Set<String> live) {
            this.live = live;
        }

        @Override
        public boolean live(ReferenceKind kind, String id) {
            return kind == ReferenceKind.STUDENT && live.contains(id);
        }
    }
}
