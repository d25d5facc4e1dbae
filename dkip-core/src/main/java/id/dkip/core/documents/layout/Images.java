package id.dkip.core.documents.layout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** What the renderers need to know about an embedded image (the letterhead emblem). */
final class Images {
    private Images() {
    }

    record Picture(boolean png, double heightRatio) {
    }

    /** PNG or JPEG only; anything else is an {@link IllegalArgumentException}. */
    static Picture read(byte[] bytes) throws IOException {
        boolean png = bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        boolean jpeg = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        if (!png && !jpeg) {
            throw new IllegalArgumentException("The letterhead logo must be a PNG or JPEG image");
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null || image.getWidth() == 0) {
            throw new IllegalArgumentException("The letterhead logo cannot be read as an image");
        }
        return new Picture(png, (double) image.getHeight() / image.getWidth());
    }
}
