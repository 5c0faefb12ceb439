package org.kos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

class InternalErrorHandlerTest {
  private static String reported(Exception e) {
    StringWriter err = new StringWriter();
    assertEquals(ExitCodes.IO_ERROR, InternalErrorHandler.report(e, new PrintWriter(err, true)));
    return err.toString();
  }

  @Test
  void fileSystemErrorsNameTheFileThenWhatIsWrong() {
    assertEquals("kos: error: a/B.idl: no such file or directory\n", reported(new NoSuchFileException("a/B.idl")));
    assertEquals("kos: error: notes.md: not a directory\n", reported(new NotDirectoryException("notes.md")));
    assertEquals("kos: error: out: is a directory\n", reported(new FileSystemException("out", null, "Is a directory")));
  }

  @Test
  void otherIoErrorsKeepTheirMessage() {
    assertEquals("kos: error: disk on fire\n", reported(new IOException("disk on fire")));
  }
}
