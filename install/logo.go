package install

// This file draws adder's logo: a yellow adder winding across a blue tile.
// It is drawn in code at install time so the repository holds no binary art
// and every size is sharp.

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
)

var (
	tileColor  = color.NRGBA{0x1f, 0x4e, 0x79, 0xff}
	snakeColor = color.NRGBA{0xff, 0xd4, 0x3b, 0xff}
	eyeColor   = color.NRGBA{0x10, 0x20, 0x30, 0xff}
)

// supersample is how many sub-pixels per side are averaged per pixel.
const supersample = 4

// Logo renders the logo as a size×size PNG.
func Logo(size int) ([]byte, error) {
	if size < 8 || size > 1024 {
		return nil, fmt.Errorf("logo size %d out of range", size)
	}
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	n := float64(supersample * supersample)
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var r, g, b, a float64
			for sy := 0; sy < supersample; sy++ {
				for sx := 0; sx < supersample; sx++ {
					// Coordinates in the unit square.
					u := (float64(x) + (float64(sx)+0.5)/supersample) / float64(size)
					v := (float64(y) + (float64(sy)+0.5)/supersample) / float64(size)
					c := shade(u, v)
					alpha := float64(c.A) / 255
					r += float64(c.R) * alpha
					g += float64(c.G) * alpha
					b += float64(c.B) * alpha
					a += alpha
				}
			}
			px := color.NRGBA{}
			if a > 0 {
				px = color.NRGBA{uint8(r / a), uint8(g / a), uint8(b / a), uint8(255 * a / n)}
			}
			img.SetNRGBA(x, y, px)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encode logo: %w", err)
	}
	return buf.Bytes(), nil
}

// shade gives the colour at a point of the unit square.
func shade(u, v float64) color.NRGBA {
	if !inRoundedSquare(u, v, 0.18) {
		return color.NRGBA{}
	}
	// The body follows a sine wave from the left edge to the head.
	const headU = 0.76
	const bodyStart = 0.16
	if u >= bodyStart && u <= headU {
		centre := 0.5 + 0.17*math.Sin((u-bodyStart)/(headU-bodyStart)*2*math.Pi)
		// The tail tapers.
		half := 0.035 + 0.045*math.Min(1, (u-bodyStart)/0.25)
		if math.Abs(v-centre) <= half {
			return snakeColor
		}
	}
	// The head: an ellipse at the end of the body.
	hu, hv := (u-headU-0.02)/0.11, (v-0.5)/0.09
	if hu*hu+hv*hv <= 1 {
		eu, ev := (u-headU-0.05)/0.022, (v-0.47)/0.022
		if eu*eu+ev*ev <= 1 {
			return eyeColor
		}
		return snakeColor
	}
	return tileColor
}

// inRoundedSquare reports whether (u, v) is inside the unit square with
// corners rounded to radius r.
func inRoundedSquare(u, v, r float64) bool {
	cu := math.Max(r, math.Min(1-r, u))
	cv := math.Max(r, math.Min(1-r, v))
	du, dv := u-cu, v-cv
	return du*du+dv*dv <= r*r
}
