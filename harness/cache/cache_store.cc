#include "harness/cache/cache_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <random>

#include "harness/run/observation_json.h"
#include "util/file.h"

namespace notecheck {

namespace fs = std::filesystem;

namespace {

// Temporary files older than this were left by a killed run; younger ones may be a concurrent
// run's write in progress.
constexpr auto kStaleTemp = std::chrono::hours(1);

std::string unique_suffix() {
  static std::atomic<unsigned> counter{0};
  static const unsigned long seed = std::random_device{}();
  return std::to_string(getpid()) + "." + std::to_string(seed) + "." + std::to_string(counter++);
}

bool write_whole(const std::string& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  return ::close(fd) == 0 && done == content.size();
}

}  // namespace

CacheStore::CacheStore(std::string root) : root_(std::move(root)) {}

std::string CacheStore::entry_path(const std::string& kind, const std::string& key) const {
  return (fs::path(root_) / kind / key.substr(0, 2) / (key + ".json")).string();
}

std::optional<nlohmann::json> CacheStore::get(const std::string& kind,
                                              const std::string& key) const {
  if (!enabled()) return std::nullopt;
  std::optional<std::string> text = read_file(entry_path(kind, key));
  if (!text) return std::nullopt;
  nlohmann::json j = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  // The key inside guards against a file copied or renamed by hand.
  if (!j.is_object() || j.value("key", "") != key) return std::nullopt;
  return j;
}

bool CacheStore::prepare() {
  if (prepared_) return true;
  std::error_code ec;
  fs::create_directories(fs::path(root_) / "tmp", ec);
  if (ec) return false;
  // Marks the folder as a cache for backup tools, and keeps it out of git without any setup.
  if (!fs::exists(fs::path(root_) / "CACHEDIR.TAG", ec))
    write_file_atomic((fs::path(root_) / "CACHEDIR.TAG").string(),
                      "Signature: 8a477f597d28d172789f06886806bc55\n"
                      "# notecheck's result cache; safe to delete.\n");
  if (!fs::exists(fs::path(root_) / ".gitignore", ec))
    write_file_atomic((fs::path(root_) / ".gitignore").string(), "*\n");
  auto now = fs::file_time_type::clock::now();
  for (const auto& e : fs::directory_iterator(fs::path(root_) / "tmp", ec)) {
    std::error_code ec2;
    if (now - e.last_write_time(ec2) > kStaleTemp && !ec2) fs::remove(e.path(), ec2);
  }
  prepared_ = true;
  return true;
}

bool CacheStore::put(const std::string& kind, const std::string& key, const nlohmann::json& entry) {
  if (!enabled() || !prepare()) return false;
  nlohmann::json whole = entry;
  whole["key"] = key;
  std::string target = entry_path(kind, key);
  std::error_code ec;
  fs::create_directories(fs::path(target).parent_path(), ec);
  std::string tmp = (fs::path(root_) / "tmp" / (key + "." + unique_suffix())).string();
  if (!write_whole(tmp, dump_json(whole)) || ::rename(tmp.c_str(), target.c_str()) != 0) {
    ::unlink(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace notecheck
