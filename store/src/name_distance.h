// How far a known name is from what the user typed, for "did you mean": the edit distance
// between name keys, with names that contain the query or start like it ranked first.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace trame::store {

inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The words of a name key (one space between them) in sorted order.
inline std::string sorted_words(std::string_view key) {
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start <= key.size();) {
    std::size_t end = std::min(key.find(' ', start), key.size());
    words.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  std::sort(words.begin(), words.end());
  std::string out;
  for (std::string_view w : words) (out += out.empty() ? "" : " ") += w;
  return out;
}

// Lower is closer. A name containing the query scores below any plain edit distance; the same
// words in another order ("benali karim" for "karim benali") count as one edit, plus the
// edits between the words once both are sorted.
inline std::size_t name_distance(std::string_view query, std::string_view name) {
  if (!query.empty() && name.find(query) != std::string_view::npos)
    return name.size() - query.size();  // "musk" in "elon musk": 5
  std::size_t distance = 1000 + edit_distance(query, name);
  if (query.find(' ') != std::string_view::npos && name.find(' ') != std::string_view::npos)
    distance = std::min(distance, 1001 + edit_distance(sorted_words(query), sorted_words(name)));
  return distance;
}

}  // namespace trame::store
