package dev.paperdigest.importer;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PaperFilesTest {
    @TempDir
    Path dir;

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path f = Files.writeString(dir.resolve("p.md"), "old\n");
        for (String mode : new String[] {"rw-r--r--", "rw-rw-r--", "rw-------"}) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
            PaperFiles.replace(f, "new " + mode + "\n");
            assertEquals("new " + mode + "\n", Files.readString(f));
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        }
    }
}
