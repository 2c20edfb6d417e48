// SPDX-License-Identifier: EUPL-1.2
// The value-or-error every core operation returns. The message is already translated
// and meant for the user; the code maps onto the CLI's exit codes (DESIGN.md section 8).
#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace pactesur {

struct Error
{
    enum Code { Failure = 1, Usage = 2, Rejected = 3 };
    Code code = Failure;
    QString message;

    static Error failure(QString message) { return {Failure, std::move(message)}; }
    static Error rejected(QString message) { return {Rejected, std::move(message)}; }
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    template<typename U>
    requires(
        std::is_constructible_v<T,
            U &&> && !std::is_same_v<std::decay_t<U>, T> && !std::is_same_v<std::decay_t<U>, Error>)
        Result(U &&value)
        : m_data(std::in_place_index<0>, T(std::forward<U>(value)))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace pactesur
