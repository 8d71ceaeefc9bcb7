#include "harness/run/seccomp_filter.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <stddef.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <vector>

namespace notecheck {

namespace {

#if defined(__x86_64__)
constexpr unsigned kArch = AUDIT_ARCH_X86_64;
#elif defined(__aarch64__)
constexpr unsigned kArch = AUDIT_ARCH_AARCH64;
#else
constexpr unsigned kArch = 0;  // unknown: no filter
#endif

// What a snippet never needs. Each entry exists only where the architecture defines it.
const std::vector<long>& denied_syscalls() {
  static const std::vector<long> denied = {
      SYS_ptrace,
      SYS_process_vm_readv,
      SYS_process_vm_writev,
      SYS_mount,
      SYS_umount2,
      SYS_pivot_root,
      SYS_chroot,
      SYS_unshare,
      SYS_setns,
      SYS_kexec_load,
      SYS_init_module,
      SYS_finit_module,
      SYS_delete_module,
      SYS_bpf,
      SYS_perf_event_open,
      SYS_keyctl,
      SYS_add_key,
      SYS_request_key,
      SYS_userfaultfd,
      SYS_open_by_handle_at,
      SYS_swapon,
      SYS_swapoff,
      SYS_reboot,
      SYS_acct,
      SYS_quotactl,
      SYS_syslog,
      SYS_vhangup,
      SYS_personality,
#ifdef SYS_kexec_file_load
      SYS_kexec_file_load,
#endif
#ifdef SYS_iopl
      SYS_iopl,
      SYS_ioperm,
#endif
#ifdef SYS_fsopen
      SYS_fsopen,
      SYS_fsconfig,
      SYS_fsmount,
      SYS_fspick,
      SYS_move_mount,
      SYS_open_tree,
#endif
#ifdef SYS_mount_setattr
      SYS_mount_setattr,
#endif
#ifdef SYS_io_uring_setup
      SYS_io_uring_setup,
      SYS_io_uring_enter,
      SYS_io_uring_register,
#endif
  };
  return denied;
}

constexpr unsigned kNamespaceFlags = CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET |
                                     CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWCGROUP;

sock_filter statement(unsigned short code, unsigned k) { return BPF_STMT(code, k); }
sock_filter jump(unsigned short code, unsigned k, unsigned char jt, unsigned char jf) {
  return BPF_JUMP(code, k, jt, jf);
}

}  // namespace

std::string install_seccomp_filter() {
  if (kArch == 0) return "seccomp: unsupported architecture";
  const unsigned deny = SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA);
  const unsigned enosys = SECCOMP_RET_ERRNO | (ENOSYS & SECCOMP_RET_DATA);
  const unsigned arg0_low = offsetof(seccomp_data, args[0]);  // little-endian: low 32 bits
  const unsigned arg1_low = offsetof(seccomp_data, args[1]);
  std::vector<sock_filter> program = {
      statement(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)),
      jump(BPF_JMP | BPF_JEQ | BPF_K, kArch, 1, 0),
      statement(BPF_RET | BPF_K, deny),  // another ABI (i386 through int 0x80)
      statement(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
  };
#if defined(__x86_64__)
  // x32 system calls are numbered from 0x40000000: refuse them all.
  program.push_back(jump(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 0, 1));
  program.push_back(statement(BPF_RET | BPF_K, deny));
#endif
  for (long nr : denied_syscalls()) {
    program.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, static_cast<unsigned>(nr), 0, 1));
    program.push_back(statement(BPF_RET | BPF_K, deny));
  }
  program.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone3, 0, 1));
  program.push_back(statement(BPF_RET | BPF_K, enosys));
  // clone with any namespace flag (x86_64 and arm64 both take the flags first).
  program.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone, 0, 4));
  program.push_back(statement(BPF_LD | BPF_W | BPF_ABS, arg0_low));
  program.push_back(jump(BPF_JMP | BPF_JSET | BPF_K, kNamespaceFlags, 0, 1));
  program.push_back(statement(BPF_RET | BPF_K, deny));
  program.push_back(statement(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
  // ioctl TIOCSTI pushes input into a terminal, TIOCLINUX reaches the console.
  program.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, SYS_ioctl, 0, 4));
  program.push_back(statement(BPF_LD | BPF_W | BPF_ABS, arg1_low));
  program.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, TIOCSTI, 1, 0));
  program.push_back(jump(BPF_JMP | BPF_JEQ | BPF_K, TIOCLINUX, 0, 1));
  program.push_back(statement(BPF_RET | BPF_K, deny));
  program.push_back(statement(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));

  sock_fprog fprog{static_cast<unsigned short>(program.size()), program.data()};
  if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &fprog, 0, 0) != 0) {
    return std::string("seccomp: ") + strerror(errno);
  }
  return "";
}

}  // namespace notecheck
