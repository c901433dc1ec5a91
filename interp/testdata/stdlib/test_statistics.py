import statistics as st
from fractions import Fraction

print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean(range(101)))
print(st.fmean([1, 2, 3, 4]), st.fmean([1, 2], weights=[1, 3]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode('aabbbc'), st.multimode('aabbcd'), st.multimode([]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4, 5]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4, 5]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([Fraction(1, 2), Fraction(3, 2), Fraction(5, 2)]), st.stdev([10, 12, 23, 23, 16, 23, 21, 16]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10), st.quantiles([1, 2, 3, 4], method='inclusive'))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]), st.correlation(x, x[::-1], method='ranked'))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd.pdf(100) > 0, nd + 5, nd * 2, [round(q, 3) for q in nd.quantiles()])
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.median([]), lambda: st.mode([]), lambda: st.quantiles([1, 2], n=0), lambda: st.stdev([3])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e, isinstance(e, ValueError))
