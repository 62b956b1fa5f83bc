#pragma once

// I420 pictures for the frame tests: flat-coloured, or with detail everywhere so that a frame
// one pixel off shows.

#include "framescaler.h"

#include <cstdint>
#include <vector>

namespace tw::test {

struct TestPicture {
    std::vector<uint8_t> y, u, v;
    YuvPicture view;

    TestPicture(int width, int height, uint8_t luma, uint8_t cb, uint8_t cr)
        : y(size_t(width) * height, luma), u(size_t(width / 2) * (height / 2), cb), v(u.size(), cr)
    {
        view = YuvPicture{y.data(), u.data(), v.data(), width, width / 2, width / 2, width, height};
    }

    static TestPicture detailed(int width, int height)
    {
        TestPicture picture(width, height, 0, 0, 0);
        for (size_t i = 0; i < picture.y.size(); ++i) {
            picture.y[i] = uint8_t(16 + (i * 7 + i / size_t(width) * 3) % 220);
        }
        for (size_t i = 0; i < picture.u.size(); ++i) {
            picture.u[i] = uint8_t(64 + i % 128);
            picture.v[i] = uint8_t(192 - i % 128);
        }
        return picture; // moving the planes keeps their buffers, so `view` stays valid
    }
};

} // namespace tw::test
