package com.slotledger.recognition.enrolment;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.recognition.detection.FaceBox;
import com.slotledger.recognition.model.NormalisedFace;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The enrolled photos and the model's data for them, in the recognition module's own tables. Writes join the
 * caller's transaction (the one the enrolment command runs in); PostgreSQL's primary key decides "a photo once per
 * student".
 */
@Singleton
public class FaceGallery {

    private static final String UNIQUE_VIOLATION = "23505";

    private final ConnectionOperations<Connection> connections;

    public FaceGallery(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    public record EnrolledPhoto(String studentId, String sha256, String mediaType, int size, String enrolledBy,
                                Instant enrolledAt) {
    }

    public record Photo(String mediaType, byte[] content) {
    }

    /** One enrolled face as training reads it: the stored crops, or null ones when made with another crop model. */
    public record StoredFace(String studentId, String sha256, String cropModel, byte[] greyPng, byte[] colourPng) {
    }

    void enrol(String studentId, PhotoCheck.CheckedPhoto photo, String cropModel, String by, Instant at) {
        write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO recognition_photo (sha256, media_type,"
                    + " size, content) VALUES (?,?,?,?) ON CONFLICT (sha256) DO NOTHING")) {
                statement.setString(1, photo.sha256());
                statement.setString(2, photo.mediaType());
                statement.setInt(3, photo.bytes().length);
                statement.setBytes(4, photo.bytes());
                statement.executeUpdate();
            }
            FaceBox box = photo.face();
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO recognition_face (student_id, sha256,"
                    + " crop_model, face_x, face_y, face_width, face_height, grey_png, colour_png, enrolled_by, enrolled_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                statement.setString(1, studentId);
                statement.setString(2, photo.sha256());
                statement.setString(3, cropModel);
                statement.setInt(4, box.x());
                statement.setInt(5, box.y());
                statement.setInt(6, box.width());
                statement.setInt(7, box.height());
                statement.setBytes(8, photo.normalised().greyPng());
                statement.setBytes(9, photo.normalised().colourPng());
                statement.setString(10, by);
                statement.setTimestamp(11, Timestamp.from(at));
                statement.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new DomainRejection(ErrorCode.FACE_ALREADY_ENROLLED, "This photo is already enrolled for the student.");
                }
                throw e;
            }
            return null;
        });
    }

    /** Deletes the student's enrolled faces and every photo no other enrolment names; answers the removed hashes. */
    List<String> remove(String studentId) {
        return write(connection -> {
            List<String> hashes = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM recognition_face WHERE student_id = ? RETURNING sha256")) {
                statement.setString(1, studentId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        hashes.add(rows.getString(1));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM recognition_photo p WHERE"
                    + " p.sha256 = ANY (?) AND NOT EXISTS (SELECT 1 FROM recognition_face f WHERE f.sha256 = p.sha256)")) {
                statement.setArray(1, connection.createArrayOf("varchar", hashes.toArray()));
                statement.executeUpdate();
            }
            return hashes;
        });
    }

    /** The student's enrolled photos, oldest first; every student's when {@code studentId} is null. */
    public List<EnrolledPhoto> photos(String studentId) {
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT f.student_id, f.sha256, p.media_type,"
                    + " p.size, f.enrolled_by, f.enrolled_at FROM recognition_face f JOIN recognition_photo p USING (sha256)"
                    + " WHERE ? IS NULL OR f.student_id = ? ORDER BY f.student_id, f.enrolled_at, f.sha256")) {
                statement.setString(1, studentId);
                statement.setString(2, studentId);
                List<EnrolledPhoto> photos = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        photos.add(new EnrolledPhoto(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                                rows.getString(5), rows.getTimestamp(6).toInstant()));
                    }
                }
                return photos;
            }
        });
    }

    /** The photo, only if it is enrolled for this student (one student's path never reveals another's photo). */
    public Optional<Photo> photo(String studentId, String sha256) {
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT p.media_type, p.content FROM"
                    + " recognition_face f JOIN recognition_photo p USING (sha256) WHERE f.student_id = ? AND f.sha256 = ?")) {
                statement.setString(1, studentId);
                statement.setString(2, sha256);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(new Photo(rows.getString(1), rows.getBytes(2))) : Optional.empty();
                }
            }
        });
    }

    /** Changes whenever any enrolment is added or removed, on any node: the model retrains when it differs. */
    public String fingerprint() {
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) || ':' || coalesce(md5("
                    + "string_agg(student_id || '/' || sha256, ',' ORDER BY student_id, sha256)), '') FROM recognition_face");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        });
    }

    /** Every enrolled face with its stored crops; crops made with another crop model come without them. */
    public List<StoredFace> faces(String cropModel) {
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT student_id, sha256, crop_model,"
                    + " CASE WHEN crop_model = ? THEN grey_png END, CASE WHEN crop_model = ? THEN colour_png END"
                    + " FROM recognition_face ORDER BY student_id, sha256")) {
                statement.setString(1, cropModel);
                statement.setString(2, cropModel);
                List<StoredFace> faces = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        faces.add(new StoredFace(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBytes(4),
                                rows.getBytes(5)));
                    }
                }
                return faces;
            }
        });
    }

    /** Stores crops re-derived with the current crop model, so the next training finds them ready. */
    void recrop(String studentId, String sha256, String cropModel, FaceBox box, NormalisedFace face) {
        write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE recognition_face SET crop_model = ?,"
                    + " face_x = ?, face_y = ?, face_width = ?, face_height = ?, grey_png = ?, colour_png = ?"
                    + " WHERE student_id = ? AND sha256 = ?")) {
                statement.setString(1, cropModel);
                statement.setInt(2, box.x());
                statement.setInt(3, box.y());
                statement.setInt(4, box.width());
                statement.setInt(5, box.height());
                statement.setBytes(6, face.greyPng());
                statement.setBytes(7, face.colourPng());
                statement.setString(8, studentId);
                statement.setString(9, sha256);
                return statement.executeUpdate();
            }
        });
    }

    /** Bytes of a stored photo by hash alone, for re-deriving crops. */
    Optional<byte[]> content(String sha256) {
        return read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT content FROM recognition_photo WHERE sha256 = ?")) {
                statement.setString(1, sha256);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    private <T> T read(Sql<T> work) {
        return connections.executeRead(status -> run(work, status.getConnection()));
    }

    private <T> T write(Sql<T> work) {
        return connections.executeWrite(status -> run(work, status.getConnection()));
    }

    private static <T> T run(Sql<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("face gallery: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run(Connection connection) throws SQLException;
    }
}
