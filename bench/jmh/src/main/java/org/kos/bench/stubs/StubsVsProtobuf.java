package org.kos.bench.stubs;

import bench.Telemetry;
import bench.TelemetryCodec;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kos.bench.proto.TelemetryProto;
import org.kos.nk.Arena;
import org.kos.nk.HandleDesc;
import org.kos.nk.NkException;
import org.kos.nk.NkMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our generated stubs against protobuf-java on the same values, in the same run. Benchmarks come
 * in pairs {@code <case>_stubs} / {@code <case>_protobuf}; {@code bench/stubs-vs-protobuf.sh}
 * prints the ratio of each pair.
 *
 * <ul>
 *   <li>{@code submit*}: the representative request of issue 3 (three integers, a string, a
 *       sequence of 8 structs, two handles) from {@code src/main/nk/bench/Telemetry.idl}, and its
 *       protobuf twin {@code src/main/proto/telemetry.proto}.
 *   <li>{@code tick*}: a fixed-size request (no arena, no handles), where our target is zero
 *       allocations per operation in steady state.
 * </ul>
 *
 * <p>Encoding starts from each side's own in-memory form: for the stubs the Java values (records),
 * for protobuf a message already built ({@code *Encode_protobuf}; it also caches its size), and
 * {@code submitBuildEncode_protobuf} builds the message from the same records first, as an
 * application holding its own objects must. Both write into a buffer reused across operations.
 * Decoding starts from received bytes: the stubs first copy them into the reused receive buffers
 * (as a transport does, handle table included), protobuf parses the byte array directly.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StubsVsProtobuf {
  private static final int RIID = 0;
  private static final long SESSION = 0x0123_4567_89AB_CDEFL;
  private static final int SEQ = 421_337;
  private static final int PRIORITY = -3;
  private static final String SOURCE = "sensor-hub-17/eth0";
  private static final int SAMPLES = 8;
  private static final HandleDesc BUFFER = HandleDesc.of(12, 0x7, 0x55);
  private static final HandleDesc REPLY_TO = HandleDesc.of(13, 0x3);
  private static final long TIME = 1_732_000_000_123L;
  private static final int NODE = 7;
  private static final int DELTA = -250;

  private List<Telemetry.Sample> samples;

  private final NkMessage txMsg = new NkMessage(TelemetryCodec.MAX_FIXED_SIZE);
  private final Arena txArena = new Arena((int) TelemetryCodec.MAX_ARENA);
  private final NkMessage rxMsg = new NkMessage(TelemetryCodec.MAX_FIXED_SIZE);
  private final Arena rxArena = new Arena((int) TelemetryCodec.MAX_ARENA);
  private byte[] submitBytes;
  private byte[] submitArena;
  private int[] submitHandles;
  private byte[] tickBytes;
  private final byte[] noArena = new byte[0];

  private TelemetryProto.SubmitRequest pbSubmit;
  private TelemetryProto.TickRequest pbTick;
  private byte[] pbSubmitBytes;
  private byte[] pbTickBytes;
  private final byte[] pbOut = new byte[1024];

  @Setup
  public void setUp() throws NkException, IOException {
    samples = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      samples.add(new Telemetry.Sample(100 + i, (i - 4) * 1_000_003L, (short) (90 + i)));
    }
    samples = List.copyOf(samples);

    TelemetryCodec.encodeSubmitRequest(txMsg, txArena, RIID, SESSION, SEQ, PRIORITY, SOURCE, samples, BUFFER,
        REPLY_TO);
    submitBytes = txMsg.toByteArray();
    submitArena = txArena.toByteArray();
    submitHandles = txMsg.handleOffsets();
    TelemetryCodec.encodeTickRequest(txMsg, txArena, RIID, TIME, NODE, DELTA);
    tickBytes = txMsg.toByteArray();

    pbSubmit = buildProtobufSubmit();
    pbTick = TelemetryProto.TickRequest.newBuilder().setTime(TIME).setNode(NODE).setDelta(DELTA).build();
    pbSubmitBytes = pbSubmit.toByteArray();
    pbTickBytes = pbTick.toByteArray();
    checkBothSidesCarryTheSameValues();
  }

  // ---- the representative request

  @Benchmark
  public int submitEncode_stubs() throws NkException {
    TelemetryCodec.encodeSubmitRequest(txMsg, txArena, RIID, SESSION, SEQ, PRIORITY, SOURCE, samples, BUFFER,
        REPLY_TO);
    return txArena.used();
  }

  @Benchmark
  public int submitEncode_protobuf() throws IOException {
    CodedOutputStream out = CodedOutputStream.newInstance(pbOut);
    pbSubmit.writeTo(out);
    return out.getTotalBytesWritten();
  }

  /** Not paired: protobuf's encode when the values are the application's own objects, as ours are. */
  @Benchmark
  public int submitBuildEncode_protobuf() throws IOException {
    CodedOutputStream out = CodedOutputStream.newInstance(pbOut);
    buildProtobufSubmit().writeTo(out);
    return out.getTotalBytesWritten();
  }

  @Benchmark
  public TelemetryCodec.SubmitRequest submitDecode_stubs() throws NkException {
    rxMsg.load(submitBytes, submitBytes.length);
    rxMsg.setHandleOffsets(submitHandles);
    rxArena.load(submitArena, submitArena.length);
    return TelemetryCodec.decodeSubmitRequest(rxMsg, rxArena);
  }

  @Benchmark
  public TelemetryProto.SubmitRequest submitDecode_protobuf() throws InvalidProtocolBufferException {
    return TelemetryProto.SubmitRequest.parseFrom(pbSubmitBytes);
  }

  // ---- the fixed-size request

  @Benchmark
  public int tickEncode_stubs() throws NkException {
    TelemetryCodec.encodeTickRequest(txMsg, txArena, RIID, TIME, NODE, DELTA);
    return txMsg.fixedSize();
  }

  @Benchmark
  public int tickEncode_protobuf() throws IOException {
    CodedOutputStream out = CodedOutputStream.newInstance(pbOut);
    pbTick.writeTo(out);
    return out.getTotalBytesWritten();
  }

  @Benchmark
  public TelemetryCodec.TickRequest tickDecode_stubs() throws NkException {
    rxMsg.load(tickBytes, tickBytes.length);
    rxArena.load(noArena, 0);
    return TelemetryCodec.decodeTickRequest(rxMsg, rxArena);
  }

  @Benchmark
  public TelemetryProto.TickRequest tickDecode_protobuf() throws InvalidProtocolBufferException {
    return TelemetryProto.TickRequest.parseFrom(pbTickBytes);
  }

  /** The decoded values used at once (a server reading its request): the record need not exist. */
  @Benchmark
  public long tickDecodeUse_stubs() throws NkException {
    rxMsg.load(tickBytes, tickBytes.length);
    rxArena.load(noArena, 0);
    TelemetryCodec.TickRequest r = TelemetryCodec.decodeTickRequest(rxMsg, rxArena);
    return r.time() + r.node() + r.delta();
  }

  @Benchmark
  public long tickDecodeUse_protobuf() throws InvalidProtocolBufferException {
    TelemetryProto.TickRequest r = TelemetryProto.TickRequest.parseFrom(pbTickBytes);
    return r.getTime() + r.getNode() + r.getDelta();
  }

  private TelemetryProto.SubmitRequest buildProtobufSubmit() {
    TelemetryProto.SubmitRequest.Builder b = TelemetryProto.SubmitRequest.newBuilder()
        .setSession(SESSION).setSeq(SEQ).setPriority(PRIORITY).setSource(SOURCE)
        .setBuffer(protobuf(BUFFER)).setReplyTo(protobuf(REPLY_TO));
    for (Telemetry.Sample s : samples) {
      b.addSamples(TelemetryProto.Sample.newBuilder().setSensor(s.sensor()).setValue(s.value())
          .setQuality(Short.toUnsignedInt(s.quality())));
    }
    return b.build();
  }

  private static TelemetryProto.HandleDesc protobuf(HandleDesc h) {
    return TelemetryProto.HandleDesc.newBuilder().setHandle(h.handle()).setRights(h.rights()).setBadge(h.badge())
        .setFlags(h.flags()).build();
  }

  /** The pairs compare like with like: each side's bytes decode to the same values. */
  private void checkBothSidesCarryTheSameValues() throws NkException, IOException {
    TelemetryCodec.SubmitRequest ours = submitDecode_stubs();
    TelemetryProto.SubmitRequest theirs = submitDecode_protobuf();
    List<Telemetry.Sample> theirSamples = theirs.getSamplesList().stream()
        .map(s -> new Telemetry.Sample(s.getSensor(), s.getValue(), (short) s.getQuality())).toList();
    boolean same = ours.session() == theirs.getSession() && ours.seq() == theirs.getSeq()
        && ours.priority() == theirs.getPriority() && ours.source().equals(theirs.getSource())
        && ours.samples().equals(theirSamples) && ours.samples().size() == SAMPLES
        && ours.buffer().equals(handle(theirs.getBuffer())) && ours.replyTo().equals(handle(theirs.getReplyTo()));
    TelemetryCodec.TickRequest tick = tickDecode_stubs();
    TelemetryProto.TickRequest pbTickBack = tickDecode_protobuf();
    same &= tick.time() == pbTickBack.getTime() && tick.node() == pbTickBack.getNode()
        && tick.delta() == pbTickBack.getDelta();
    if (!same) {
      throw new IllegalStateException("the stubs and protobuf messages do not carry the same values");
    }
  }

  private static HandleDesc handle(TelemetryProto.HandleDesc h) {
    return new HandleDesc(h.getHandle(), h.getRights(), h.getBadge(), h.getFlags());
  }
}
