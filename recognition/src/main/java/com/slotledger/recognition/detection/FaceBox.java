package com.slotledger.recognition.detection;

/**
 * One detected face in frame pixels. {@code landmarks} holds YuNet's five points (right eye, left eye, nose tip,
 * right and left mouth corner, as x,y pairs) and the raw detector row SFace aligns with; cascades give neither.
 */
public record FaceBox(int x, int y, int width, int height, double score, float[] landmarks, float[] detectorRow) {

    public FaceBox(int x, int y, int width, int height, double score) {
        this(x, y, width, height, score, null, null);
    }

    public boolean hasLandmarks() {
        return landmarks != null && landmarks.length == 10;
    }

    public int centreX() {
        return x + width / 2;
    }

    public int centreY() {
        return y + height / 2;
    }
}
