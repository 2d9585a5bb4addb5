package com.slotledger.api.recognition;

import com.slotledger.api.shared.Role;

import java.util.EnumSet;
import java.util.Set;

/** Who may do what with faces and runs; controllers name the permission beside their {@code @Secured} roles. */
public enum RecognitionPermission {
    /** Upload and delete a student's face photos. */
    FACE_ENROL(Role.ADMIN, Role.DATA_OPERATOR),
    /** List a student's enrolled photos: hashes, who enrolled them and when. */
    FACE_READ(Role.ADMIN, Role.DATA_OPERATOR, Role.AUDITOR),
    /** The photo itself: biometric data, so only those who enrol and the recognition service. */
    FACE_PHOTO_READ(Role.ADMIN, Role.DATA_OPERATOR, Role.RECOGNITION),
    /** The whole gallery (hashes) and photos, for a recognition process running apart from the app. */
    GALLERY_READ(Role.ADMIN, Role.RECOGNITION),
    /** Recognition runs in progress and recently ended on a node. */
    RUN_READ(Role.ADMIN, Role.DATA_OPERATOR, Role.SUPERVISOR, Role.AUDITOR),
    /** A separate recognition process's decisions and run reports. */
    RUN_REPORT(Role.RECOGNITION);

    private final Set<Role> roles;

    RecognitionPermission(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
