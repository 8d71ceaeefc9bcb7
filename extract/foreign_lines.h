// Lines that a reader recognises as another language at a glance, even between Python
// examples: shell commands (`pip install flask`, `$ uvicorn main:app`), Dockerfile
// instructions (`CMD ["gunicorn", ...]`, which would even compile as Python), template tags
// (`{% load cache %}`), HTML, SQL statements and HTTP route lists (`GET /users/{id}`).
#pragma once

#include <string>
#include <vector>

namespace notecheck {

// "bash", "dockerfile", "html-template", "html", "sql", "http-routes", or "" for none.
std::string foreign_line_language(const std::string& line);

// Whether a `#` comment line may belong to a block of `language` (shell and Dockerfile use
// `#` comments; a `# Dockerfile` title heads one).
bool comment_belongs_to(const std::string& comment, const std::string& language);

// The language of a whole block that does not compile as Python (an unlabelled fence, a
// code box): its lines' languages if they agree, "http-routes" for route lists, "diagram"
// for arrow drawings (`Client → FastAPI → PostgreSQL`), "" if nothing is recognised.
std::string block_language(const std::vector<std::string>& lines);

}  // namespace notecheck
