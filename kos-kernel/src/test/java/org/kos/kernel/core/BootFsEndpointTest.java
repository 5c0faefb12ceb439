package org.kos.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import kl.core.CoreEntity;
import kl.core.FS;
import kl.core.FSProxy;
import kl.core.FSUnsafeProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kos.kernel.TestSystem;
import org.kos.kernel.fs.BootImage;
import org.kos.kernel.security.SecurityMonitor;
import org.kos.libkos.Syscalls;
import org.kos.nk.HandleDesc;
import org.kos.rc.Retcode;
import org.kos.rc.RetcodeException;

/** kl.core.FS serves the boot image the kernel was given, through the generated proxy. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BootFsEndpointTest {
  static final byte[] BIG = pattern(FS.BlockSize + 100);

  static byte[] pattern(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * 7 + 3);
    }
    return b;
  }

  static BootImage image() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("etc/hosts", "127.0.0.1 localhost\n".getBytes(StandardCharsets.UTF_8));
    files.put("big.bin", BIG);
    return BootImage.of(files);
  }

  static FSProxy fs() throws RetcodeException {
    return new FSProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_FS_FS);
  }

  static List<Object> run(FsBody body) throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(Map.of("p", args -> body.run(fs(), seen)), image(), SecurityMonitor.ALLOW_ALL).run();
    return seen;
  }

  interface FsBody {
    void run(FSProxy fs, List<Object> seen) throws Exception;
  }

  @Test
  void fileIsReadBlockByBlockUntilAnEmptyBlock() throws Exception {
    List<Object> seen = run((fs, out) -> {
      HandleDesc h = fs.open("/big.bin").handle();
      out.add(fs.getSize(h).size());
      FS.ReadOut b0 = fs.read(h, 0);
      FS.ReadOut b1 = fs.read(h, 1);
      FS.ReadOut b2 = fs.read(h, 2);
      out.add(List.of(b0.read(), b1.read(), b2.read(), b2.rc()));
      byte[] all = Arrays.copyOf(b0.data(), b0.read() + b1.read());
      System.arraycopy(b1.data(), 0, all, b0.read(), b1.read());
      out.add(Arrays.equals(BIG, all));
    });
    assertEquals(List.of((long) BIG.length, List.of(FS.BlockSize, 100, 0, Retcode.rcOk), true), seen);
  }

  @Test
  void filesAreEnumeratedInImageOrderWithTheirIds() throws Exception {
    List<Object> seen = run((fs, out) -> {
      out.add(fs.count().count());
      out.add(fs.getInfo(0, 256).name() + " " + fs.getInfo(0, 256).id());
      out.add(fs.getInfo(1, 256).name() + " " + fs.getInfo(1, 256).id());
      out.add(fs.getInfo(2, 256).rc());
      out.add(fs.getId(fs.open("etc/hosts").handle()).id());
    });
    assertEquals(List.of(2, "etc/hosts 1", "big.bin 2", Retcode.rcResourceNotFound, 1L), seen);
  }

  @Test
  void nameLongerThanTheCallersBufferAnswersBufferTooSmall() throws Exception {
    List<Object> seen = run((fs, out) -> {
      out.add(fs.getInfo(0, 10).rc());
      out.add(fs.getInfo(0, 9).rc());
    });
    assertEquals(List.of(Retcode.rcOk, Retcode.rcBufferTooSmall), seen);
  }

  @Test
  void unknownFileAnswersResourceNotFound() throws Exception {
    assertEquals(List.of(Retcode.rcResourceNotFound), run((fs, out) -> out.add(fs.open("nope").rc())));
  }

  @Test
  void closedFileHandleIsNoLongerUsable() throws Exception {
    List<Object> seen = run((fs, out) -> {
      HandleDesc h = fs.open("big.bin").handle();
      out.add(fs.close(h));
      out.add(fs.getSize(h).rc());
      out.add(fs.close(h));
    });
    assertEquals(List.of(Retcode.rcOk, Retcode.rcInvalidArgument, Retcode.rcInvalidArgument), seen);
  }

  @Test
  void fsSizeIsTheImageSize() throws Exception {
    assertEquals(List.of(20L + BIG.length), run((fs, out) -> out.add(fs.getFsSize().fsSize())));
  }

  @Test
  void replacingTheImageIsUnimplemented() throws Exception {
    assertEquals(List.of(Retcode.rcUnimplemented), run((fs, out) ->
        out.add(new FSUnsafeProxy(Syscalls.KnCoreTransport(), CoreEntity.RIID_FS_FS_UNSAFE).change(0, 4096))));
  }

  @Test
  void kernelBootedWithoutImageHasNoFiles() throws Exception {
    List<Object> seen = new CopyOnWriteArrayList<>();
    new TestSystem(Map.of("p", args -> {
      seen.add(fs().count().count());
      seen.add(fs().getFsSize().fsSize());
    })).run();
    assertEquals(List.of(0, 0L), seen);
  }
}
