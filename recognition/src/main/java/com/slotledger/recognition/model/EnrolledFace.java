package com.slotledger.recognition.model;

/** One enrolment photo of a student, normalised, with the hash of the photo it came from. */
public record EnrolledFace(String studentId, String photoHash, NormalisedFace face) {
}
