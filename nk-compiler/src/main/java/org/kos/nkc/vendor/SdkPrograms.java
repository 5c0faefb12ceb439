package org.kos.nkc.vendor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SDK's system programs a vendor build adds to an image when a project uses them
 * (sdk-components.md 1 and 1.1): the class, the ROMFS file a QEMU build of SDK 1.3 gives it (the
 * newest whose files are published), the programs it is a client of (over channels named like the
 * server class, section 0.1) and its environment. Also the ROMFS file of each SDK CMake target, for
 * hints about {@code $<TARGET_FILE_NAME:...>}.
 */
public final class SdkPrograms {
  /** One SDK program: what its {@code @INIT_EXTERNAL_ENTITIES@} block says. */
  public record Program(String className, String path, List<String> clientOf, Map<String, String> env) {
    public Program {
      clientOf = List.copyOf(clientOf);
      env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }
  }

  private static final Map<String, Program> PROGRAMS = new LinkedHashMap<>();
  private static final Map<String, String> TARGET_FILES = new LinkedHashMap<>();

  static {
    Map<String, String> vfsNetEnv = new LinkedHashMap<>();
    vfsNetEnv.put("VFS_FILESYSTEM_BACKEND", "server:kl.VfsNet");
    vfsNetEnv.put("VFS_NETWORK_BACKEND", "server:kl.VfsNet");
    vfsNetEnv.put("DEFAULT_DNS_SERVER", "8.8.8.8");
    add("kl.VfsNet", "VfsNet", List.of("kl.EntropyEntity", "kl.drivers.DNetSrv"), vfsNetEnv);
    add("kl.VfsRamFs", "VfsRamFs", List.of("kl.EntropyEntity"), Map.of());
    add("kl.VfsSdCardFs", "VfsSdCardFs", List.of("kl.drivers.SDCard", "kl.EntropyEntity"), Map.of());
    add("kl.EntropyEntity", "Entropy", List.of(), Map.of());
    add("kl.rump.Dhcpcd", "dhcpcd_entity", List.of(), Map.of());
    add("wpa.WpaSupplicant", "wpa_supplicant", List.of("kl.VfsNet"), Map.of());
    add("kl.drivers.BSP", "bsp_qemu", List.of("kl.drivers.Bcm2711MboxArmToVc"), Map.of());
    add("kl.drivers.GPIO", "gpio_qemu", List.of(), Map.of());
    add("kl.drivers.UART", "uart_qemu", List.of("kl.drivers.BSP"), Map.of());
    add("kl.drivers.I2C", "i2c_hw", List.of(), Map.of());
    add("kl.drivers.SDCard", "sdcard_qemu", List.of("kl.drivers.BSP"), Map.of());
    add("kl.drivers.RAMDisk", "ramdisk", List.of(), Map.of());
    add("kl.drivers.DNetSrv", "dnet_hw", List.of("kl.drivers.Bcm2711MboxArmToVc"), Map.of());
    add("kl.drivers.DNetBrcmfmacSrv", "dnet_brcmfmac", List.of("kl.drivers.BSP"), Map.of());
    add("kl.drivers.Bcm2711MboxArmToVc", "bcm2711_mbox_arm2vc_qemu", List.of(), Map.of());
    add("kl.core.DCM", "dcm", List.of(), Map.of());
    String[][] targets = {
        {"precompiled_vfs::VfsNet", "VfsNet"}, {"precompiled_vfs::VfsRamFs", "VfsRamFs"},
        {"precompiled_vfs::VfsSdCardFs", "VfsSdCardFs"}, {"rump::dhcpcd_entity", "dhcpcd_entity"},
        {"wpa::supplicant_entity", "wpa_supplicant"}, {"entropy::entity", "Entropy"},
        {"bsp::entity_hw", "bsp_hw"}, {"bsp::entity_qemu", "bsp_qemu"}, {"bsp_entity::entity_hw", "bsp_hw"},
        {"bsp_entity::entity_qemu", "bsp_qemu"}, {"gpio::entity_hw", "gpio_hw"}, {"gpio::entity_qemu", "gpio_qemu"},
        {"uart::entity_hw", "uart_hw"}, {"uart::entity_qemu", "uart_qemu"}, {"i2c::entity_hw", "i2c_hw"},
        {"sdcard::entity_hw", "sdcard_hw"}, {"sdcard::entity_qemu", "sdcard_qemu"}, {"ramdisk::entity_common", "ramdisk"},
        {"dnet::entity", "dnet_entity"}, {"dnet_entities::entity", "dnet_hw"}, {"dnet_brcmfmac::server", "dnet_brcmfmac"},
        {"bcm2711_mbox_arm2vc::entity_hw", "bcm2711_mbox_arm2vc_hw"},
        {"bcm2711_mbox_arm2vc::entity_qemu", "bcm2711_mbox_arm2vc_qemu"}};
    for (String[] t : targets) {
      TARGET_FILES.put(t[0], t[1]);
    }
  }

  private SdkPrograms() {}

  private static void add(String className, String path, List<String> clientOf, Map<String, String> env) {
    PROGRAMS.put(className, new Program(className, path, clientOf, env));
  }

  /** The SDK program of this class, if it is one the vendor's build can add. */
  public static Optional<Program> of(String className) {
    return Optional.ofNullable(PROGRAMS.get(className));
  }

  /** Every program this table knows, in its order. */
  public static List<Program> all() {
    return List.copyOf(PROGRAMS.values());
  }

  /** The ROMFS file of an SDK CMake target ({@code precompiled_vfs::VfsNet} → {@code VfsNet}). */
  public static Optional<String> fileOfTarget(String target) {
    return Optional.ofNullable(TARGET_FILES.get(target));
  }

  /**
   * The programs the vendor's build would add for these names: each that is an SDK program and not
   * in {@code present}, then the programs those are clients of, transitively; in the order first
   * named, each once.
   */
  public static List<Program> needed(List<String> names, Set<String> present) {
    Map<String, Program> found = new LinkedHashMap<>();
    List<String> queue = new ArrayList<>(names);
    for (int i = 0; i < queue.size(); i++) {
      String name = queue.get(i);
      Program p = PROGRAMS.get(name);
      if (p != null && !present.contains(name) && !found.containsKey(name)) {
        found.put(name, p);
        queue.addAll(p.clientOf());
      }
    }
    return List.copyOf(found.values());
  }
}
