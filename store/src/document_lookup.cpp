// Finding stored documents by the names the command line gives them (document_name.h).
#include <algorithm>
#include <map>
#include <set>

#include "name_distance.h"
#include "store_impl.h"
#include "trame/store/document_name.h"

namespace trame {

std::vector<std::string> StatementStore::document_paths(std::string_view doc) const {
  std::set<std::string> exact, named;
  for_each_document([&](const DocumentRecord& d) {
    if (d.path == doc)
      exact.insert(d.path);
    else if (names_document(d.path, doc))
      named.insert(d.path);
  });
  // A path stored as given wins over longer paths it ends: "x.txt" names "x.txt" alone even
  // when "archives/x.txt" is stored too.
  const std::set<std::string>& found = exact.empty() ? named : exact;
  return {found.begin(), found.end()};
}

std::vector<std::string> StatementStore::closest_document_paths(std::string_view doc,
                                                                std::size_t limit) const {
  // Paths that share little with the query are no suggestion. Tighter than for names: file
  // names share their extension, which would make every ".txt" close to any other.
  const std::size_t far = 1000 + std::max<std::size_t>(2, doc.size() / 3);
  std::map<std::string, std::size_t> best;
  for_each_document([&](const DocumentRecord& d) {
    // The whole path and each of its tails after a '/': "novatera.txt" is one letter from
    // the tail "novaterra.txt" of "examples/novaterra.txt".
    std::size_t distance = name_distance(doc, d.path);
    for (std::size_t slash = d.path.find('/'); slash != std::string::npos;
         slash = d.path.find('/', slash + 1))
      distance = std::min(distance, name_distance(doc, std::string_view(d.path).substr(slash + 1)));
    auto [it, fresh] = best.emplace(d.path, distance);
    if (!fresh) it->second = std::min(it->second, distance);
  });
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (const auto& [path, distance] : best)
    if (distance <= far) ranked.emplace_back(distance, path);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (const auto& [distance, path] : ranked) {
    if (out.size() == limit) break;
    out.push_back(path);
  }
  return out;
}

}  // namespace trame
